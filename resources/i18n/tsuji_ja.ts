<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ja_JP">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../editor/ui/shell/actions.py" line="104" />
        <source>&amp;New</source>
        <translation>新規(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/shell/actions.py" line="105" />
        <source>&amp;Open…</source>
        <translation>開く(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/shell/actions.py" line="106" />
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/shell/actions.py" line="107" />
        <source>Save &amp;As…</source>
        <translation>名前を付けて保存(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/shell/actions.py" line="108" />
        <source>&amp;Import Article…</source>
        <translation>記事の取り込み(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/shell/actions.py" line="109" />
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/shell/actions.py" line="110" />
        <source>Import from &amp;URL…</source>
        <translation>URL から取り込む(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/shell/actions.py" line="111" />
        <source>Import from the &amp;Clipboard</source>
        <translation>クリップボードから取り込む(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/shell/actions.py" line="112" />
        <source>&amp;Export to Blog</source>
        <translation>ブログへ書き出す(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/shell/actions.py" line="113" />
        <source>Export &amp;Settings…</source>
        <translation>書き出しの設定(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/shell/actions.py" line="114" />
        <source>&amp;Push with blogsync</source>
        <translation>blogsync でプッシュ(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/shell/actions.py" line="115" />
        <source>Open on the Blog</source>
        <translation>ブログで開く</translation>
    </message>
    <message>
        <location filename="../../editor/ui/shell/actions.py" line="116" />
        <source>Open the Blog's Preview</source>
        <translation>ブログのプレビューを開く</translation>
    </message>
    <message>
        <location filename="../../editor/ui/shell/actions.py" line="117" />
        <source>&amp;Find…</source>
        <translation>検索(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/shell/actions.py" line="118" />
        <source>&amp;Replace…</source>
        <translation>置換(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/shell/actions.py" line="119" />
        <source>Copy Source to Translation</source>
        <translation>原文を訳文にコピー</translation>
    </message>
    <message>
        <location filename="../../editor/ui/shell/actions.py" line="120" />
        <source>Copy as &amp;Markdown</source>
        <translation>Markdown としてコピー(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/shell/actions.py" line="121" />
        <source>Copy as &amp;HTML</source>
        <translation>HTML としてコピー(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/shell/actions.py" line="122" />
        <source>Mark Done and Go to Next</source>
        <translation>完了にして次へ</translation>
    </message>
    <message>
        <location filename="../../editor/ui/shell/actions.py" line="123" />
        <source>Previous Block</source>
        <translation>前のブロック</translation>
    </message>
    <message>
        <location filename="../../editor/ui/shell/actions.py" line="124" />
        <source>Next Block</source>
        <translation>次のブロック</translation>
    </message>
    <message>
        <location filename="../../editor/ui/shell/actions.py" line="125" />
        <source>Previous Untranslated</source>
        <translation>前の未翻訳</translation>
    </message>
    <message>
        <location filename="../../editor/ui/shell/actions.py" line="126" />
        <source>Next Untranslated</source>
        <translation>次の未翻訳</translation>
    </message>
    <message>
        <location filename="../../editor/ui/shell/actions.py" line="127" />
        <source>Tag/Untag as Quote</source>
        <translation>引用の設定/解除</translation>
    </message>
    <message>
        <location filename="../../editor/ui/shell/actions.py" line="128" />
        <source>Merge with Next Block</source>
        <translation>次のブロックと結合</translation>
    </message>
    <message>
        <location filename="../../editor/ui/shell/actions.py" line="129" />
        <source>Split Block at Cursor</source>
        <translation>カーソル位置で分割</translation>
    </message>
    <message>
        <location filename="../../editor/ui/shell/actions.py" line="130" />
        <source>Omit from Export / Include</source>
        <translation>書き出しから除外/含める</translation>
    </message>
    <message>
        <location filename="../../editor/ui/shell/actions.py" line="131" />
        <source>Translator's Note…</source>
        <translation>訳注…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/shell/actions.py" line="132" />
        <source>Larger Text</source>
        <translation>文字を大きく</translation>
    </message>
    <message>
        <location filename="../../editor/ui/shell/actions.py" line="133" />
        <source>Article Details</source>
        <translation>記事の詳細</translation>
    </message>
    <message>
        <location filename="../../editor/ui/shell/actions.py" line="134" />
        <source>Link Selected Words as in the Source…</source>
        <translation>選択した語に原文のリンクを付ける…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/shell/actions.py" line="135" />
        <source>Show/Hide Summary</source>
        <translation>要約の表示/非表示</translation>
    </message>
    <message>
        <location filename="../../editor/ui/shell/actions.py" line="136" />
        <source>Show/Hide Preview</source>
        <translation>プレビューの表示/非表示</translation>
    </message>
    <message>
        <location filename="../../editor/ui/shell/actions.py" line="137" />
        <source>Show/Hide Suggestions</source>
        <translation>候補の表示/非表示</translation>
    </message>
    <message>
        <location filename="../../editor/ui/shell/actions.py" line="138" />
        <source>Show/Hide Problems</source>
        <translation>問題の表示/非表示</translation>
    </message>
    <message>
        <location filename="../../editor/ui/shell/actions.py" line="139" />
        <source>Next Pane</source>
        <translation>次のペイン</translation>
    </message>
    <message>
        <location filename="../../editor/ui/shell/actions.py" line="140" />
        <source>Previous Pane</source>
        <translation>前のペイン</translation>
    </message>
    <message>
        <location filename="../../editor/ui/shell/actions.py" line="141" />
        <source>Add Summary Point</source>
        <translation>要約の項目を追加</translation>
    </message>
    <message>
        <location filename="../../editor/ui/shell/actions.py" line="142" />
        <source>Suggest Summary</source>
        <translation>要約を提案</translation>
    </message>
    <message>
        <location filename="../../editor/ui/shell/actions.py" line="143" />
        <source>Smaller Text</source>
        <translation>文字を小さく</translation>
    </message>
    <message>
        <location filename="../../editor/ui/shell/actions.py" line="144" />
        <source>Machine-Translate Block</source>
        <translation>ブロックを機械翻訳</translation>
    </message>
    <message>
        <location filename="../../editor/ui/shell/actions.py" line="145" />
        <source>Pre-translate All Untranslated…</source>
        <translation>未翻訳をすべて事前翻訳…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/shell/actions.py" line="146" />
        <source>Add Term to Glossary…</source>
        <translation>用語集に追加…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/shell/actions.py" line="147" />
        <source>Translation Settings…</source>
        <translation>翻訳の設定…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/shell/actions.py" line="148" />
        <source>Update Source…</source>
        <translation>原文を更新…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/shell/actions.py" line="149" />
        <source>Build Memory from Blog…</source>
        <translation>ブログから翻訳メモリを作成…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/shell/actions.py" line="150" />
        <source>Learn House Style from Blog</source>
        <translation>ブログの表記方針を学習</translation>
    </message>
    <message>
        <location filename="../../editor/ui/shell/actions.py" line="151" />
        <source>Proofreading Style…</source>
        <translation>校正スタイル…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/shell/actions.py" line="152" />
        <source>Next Problem</source>
        <translation>次の問題</translation>
    </message>
    <message>
        <location filename="../../editor/ui/shell/actions.py" line="153" />
        <source>Previous Problem</source>
        <translation>前の問題</translation>
    </message>
    <message>
        <location filename="../../editor/ui/shell/actions.py" line="154" />
        <source>Fix Problem</source>
        <translation>問題を修正</translation>
    </message>
    <message>
        <location filename="../../editor/ui/shell/actions.py" line="155" />
        <source>Ignore Problem in This Block</source>
        <translation>このブロックでは問題を無視</translation>
    </message>
    <message>
        <location filename="../../editor/ui/shell/actions.py" line="156" />
        <source>&amp;Keyboard Shortcuts</source>
        <translation>キーボードショートカット(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/shell/actions.py" line="157" />
        <source>&amp;About Tsuji</source>
        <translation>Tsuji について(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/shell/actions.py" line="158" />
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/shell/actions.py" line="159" />
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/shell/actions.py" line="160" />
        <source>&amp;Block</source>
        <translation>ブロック(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/shell/actions.py" line="161" />
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/shell/actions.py" line="162" />
        <source>&amp;Assist</source>
        <translation>支援(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/shell/actions.py" line="163" />
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/shell/actions.py" line="164" />
        <source>Open &amp;Recent</source>
        <translation>最近使ったファイル(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/shell/actions.py" line="165" />
        <source>Interface &amp;Language</source>
        <translation>表示言語(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/shell/actions.py" line="166" />
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/shell/actions.py" line="167" />
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/shell/actions.py" line="170" />
        <source>Insert Memory Match %1</source>
        <translation>メモリの候補 %1 を挿入</translation>
    </message>
    <message>
        <location filename="../../editor/ui/shell/actions.py" line="174" />
        <source>Insert Glossary Term %1</source>
        <translation>用語 %1 を挿入</translation>
    </message>
    <message>
        <location filename="../../editor/ui/shell/actions.py" line="309" />
        <source>In a dock: back to the draft</source>
        <translation>ドック内: 訳文に戻る</translation>
    </message>
    <message>
        <location filename="../../editor/ui/shell/actions.py" line="310" />
        <source>Summary table: move the point up / down</source>
        <translation>要約の表: 項目を上へ / 下へ</translation>
    </message>
    <message>
        <location filename="../../editor/ui/shell/actions.py" line="311" />
        <source>Summary table: remove the point</source>
        <translation>要約の表: 項目を削除</translation>
    </message>
</context>
<context>
    <name>AssistPanel</name>
    <message>
        <location filename="../../editor/ui/assist/assist_panel.py" line="78" />
        <source>Machine translation</source>
        <translation>機械翻訳</translation>
    </message>
    <message>
        <location filename="../../editor/ui/assist/assist_panel.py" line="79" />
        <source>Translate (Ctrl+Shift+T)</source>
        <translation>翻訳する (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/assist/assist_panel.py" line="79" />
        <source>Stop (Esc)</source>
        <translation>中止 (Esc)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/assist/assist_panel.py" line="80" />
        <source>Retry now</source>
        <translation>今すぐ再試行</translation>
    </message>
    <message>
        <location filename="../../editor/ui/assist/assist_panel.py" line="81" />
        <source>Search the memory (concordance)</source>
        <translation>メモリを検索(コンコーダンス)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/assist/assist_panel.py" line="82" />
        <source>Translation memory (Ctrl+1, Ctrl+2, Ctrl+3 insert)</source>
        <translation>翻訳メモリ(Ctrl+1、Ctrl+2、Ctrl+3 で挿入)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/assist/assist_panel.py" line="83" />
        <source>Glossary (Alt+1 … Alt+9 insert)</source>
        <translation>用語集(Alt+1 … Alt+9 で挿入)</translation>
    </message>
</context>
<context>
    <name>Assistance</name>
    <message>
        <location filename="../../editor/ui/assist/assist_dialogs.py" line="34" />
        <source>Add term to glossary</source>
        <translation>用語集に追加</translation>
    </message>
    <message>
        <location filename="../../editor/ui/assist/assist_dialogs.py" line="41" />
        <source>Term</source>
        <translation>用語</translation>
    </message>
    <message>
        <location filename="../../editor/ui/assist/assist_dialogs.py" line="42" />
        <source>Translation</source>
        <translation>訳語</translation>
    </message>
    <message>
        <location filename="../../editor/ui/assist/assist_dialogs.py" line="43" />
        <source>Note</source>
        <translation>訳注</translation>
    </message>
    <message>
        <location filename="../../editor/ui/assist/assist_dialogs.py" line="60" />
        <source>Translation settings</source>
        <translation>翻訳の設定</translation>
    </message>
    <message>
        <location filename="../../editor/ui/assist/assist_dialogs.py" line="82" />
        <source>Test connection</source>
        <translation>接続テスト</translation>
    </message>
    <message>
        <location filename="../../editor/ui/assist/assist_dialogs.py" line="88" />
        <source>Keys are kept in %1.</source>
        <translation>キーの保存先: %1</translation>
    </message>
    <message>
        <location filename="../../editor/ui/assist/assist_dialogs.py" line="95" />
        <source>Engine</source>
        <translation>エンジン</translation>
    </message>
    <message>
        <location filename="../../editor/ui/assist/assist_dialogs.py" line="96" />
        <source>Server URL</source>
        <translation>サーバーの URL</translation>
    </message>
    <message>
        <location filename="../../editor/ui/assist/assist_dialogs.py" line="97" />
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <location filename="../../editor/ui/assist/assist_dialogs.py" line="98" />
        <source>Temperature</source>
        <translation>温度 (temperature)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/assist/assist_dialogs.py" line="99" />
        <source>Region (Microsoft)</source>
        <translation>リージョン(Microsoft)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/assist/assist_dialogs.py" line="100" />
        <source>API key</source>
        <translation>API キー</translation>
    </message>
    <message>
        <location filename="../../editor/ui/assist/assist_dialogs.py" line="101" />
        <source>Timeout (seconds)</source>
        <translation>タイムアウト(秒)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/assist/assist_dialogs.py" line="169" />
        <source>Testing…</source>
        <translation>テスト中…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/assist/assist_dialogs.py" line="197" />
        <source>Saved; the key is kept in %1</source>
        <translation>保存しました。キーの保存先: %1</translation>
    </message>
    <message>
        <location filename="../../editor/ui/assist/assistance.py" line="64" />
        <location filename="../../editor/ui/assist/assistance.py" line="117" />
        <location filename="../../editor/ui/window/later_parts.py" line="39" />
        <source>Suggestions</source>
        <translation>候補</translation>
    </message>
    <message>
        <location filename="../../editor/ui/assist/assistance.py" line="164" />
        <source>Translating…</source>
        <translation>翻訳中…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/assist/assistance.py" line="180" />
        <source>Asking again for the glossary's terms…</source>
        <translation>用語集の訳語を使うよう再依頼しています…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/assist/assistance.py" line="183" />
        <source>arriving…</source>
        <translation>受信中…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/assist/assistance.py" line="188" />
        <source>from the cache</source>
        <translation>キャッシュから</translation>
    </message>
    <message>
        <location filename="../../editor/ui/assist/assistance.py" line="197" />
        <source>Stopped: nothing was put in the draft</source>
        <translation>中止しました。訳文には何も入れていません</translation>
    </message>
    <message>
        <location filename="../../editor/ui/assist/assistance.py" line="223" />
        <source>The glossary says %1 → %2; the translation does not use it</source>
        <translation>用語集では %1 → %2 ですが、訳文で使われていません</translation>
    </message>
    <message>
        <location filename="../../editor/ui/assist/assistance.py" line="236" />
        <location filename="../../editor/ui/assist/assistance.py" line="242" />
        <source>Offline: machine translation is off until the network is back</source>
        <translation>オフライン: ネットワークが戻るまで機械翻訳は使えません</translation>
    </message>
    <message>
        <location filename="../../editor/ui/assist/assistance.py" line="252" />
        <source>Back online: machine translation is available</source>
        <translation>オンラインに戻りました: 機械翻訳が使えます</translation>
    </message>
    <message>
        <location filename="../../editor/ui/assist/assistance.py" line="304" />
        <source>Added to the glossary: %1</source>
        <translation>用語集に追加しました: %1</translation>
    </message>
    <message>
        <location filename="../../editor/ui/assist/assistance.py" line="340" />
        <source>Pre-translation needs the network, and Tsuji is offline</source>
        <translation>一括機械翻訳にはネットワークが必要ですが、現在オフラインです</translation>
    </message>
    <message>
        <location filename="../../editor/ui/assist/assistance.py" line="349" />
        <source>Nothing to pre-translate</source>
        <translation>事前翻訳するものはありません</translation>
    </message>
    <message>
        <location filename="../../editor/ui/assist/assistance.py" line="354" />
        <source>Pre-translating…</source>
        <translation>事前翻訳中…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/assist/assistance.py" line="354" />
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../../editor/ui/assist/assistance.py" line="382" />
        <location filename="../../editor/ui/assist/assistance.py" line="398" />
        <source>Pre-translate</source>
        <translation>事前翻訳</translation>
    </message>
    <message>
        <location filename="../../editor/ui/assist/assistance.py" line="387" />
        <source>%1 block(s) translated, %2 failed</source>
        <translation>%1 ブロックを翻訳、%2 件失敗</translation>
    </message>
    <message>
        <location filename="../../editor/ui/assist/assistance.py" line="392" />
        <source>%1 not tried</source>
        <translation>%1 件は未実行</translation>
    </message>
</context>
<context>
    <name>BlockDelegate</name>
    <message>
        <location filename="../../editor/ui/blocks/panes.py" line="173" />
        <source>(image: no translation needed)</source>
        <translation>(画像: 翻訳は不要です)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/blocks/panes.py" line="171" />
        <source>(not translated yet)</source>
        <translation>(未翻訳)</translation>
    </message>
</context>
<context>
    <name>BlockModel</name>
    <message>
        <location filename="../../editor/ui/blocks/document.py" line="50" />
        <source>Translator's note: %1</source>
        <translation>訳注: %1</translation>
    </message>
</context>
<context>
    <name>BlockOps</name>
    <message>
        <location filename="../../editor/ui/blocks/block_ops.py" line="84" />
        <source>No more untranslated or changed blocks</source>
        <translation>未訳または原文が変わったブロックはもうありません</translation>
    </message>
    <message>
        <location filename="../../editor/ui/blocks/block_ops.py" line="95" />
        <source>Type a translation before marking the block done</source>
        <translation>完了にする前に訳文を入力してください</translation>
    </message>
    <message>
        <location filename="../../editor/ui/blocks/block_ops.py" line="99" />
        <source>Mark done</source>
        <translation>完了にする</translation>
    </message>
    <message>
        <location filename="../../editor/ui/blocks/block_ops.py" line="121" />
        <source>Copy source to translation</source>
        <translation>原文を訳文にコピー</translation>
    </message>
    <message>
        <location filename="../../editor/ui/blocks/block_ops.py" line="114" />
        <source>Replace this block's translation with its source text?</source>
        <translation>このブロックの訳文を原文で置き換えますか?</translation>
    </message>
    <message>
        <location filename="../../editor/ui/blocks/block_ops.py" line="116" />
        <source>The block is marked done.</source>
        <translation>このブロックは完了済みです。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/blocks/block_ops.py" line="121" />
        <source>Replace</source>
        <translation>置換</translation>
    </message>
    <message>
        <location filename="../../editor/ui/blocks/block_ops.py" line="185" />
        <source>Translator's note</source>
        <translation>訳注</translation>
    </message>
    <message>
        <location filename="../../editor/ui/blocks/block_ops.py" line="186" />
        <source>Note (訳注):</source>
        <translation>訳注:</translation>
    </message>
    <message>
        <location filename="../../editor/ui/blocks/block_ops.py" line="207" />
        <source>The source of this block has no links</source>
        <translation>このブロックの原文にはリンクがありません</translation>
    </message>
    <message>
        <location filename="../../editor/ui/blocks/block_ops.py" line="212" />
        <source>Select the words of the draft to link first</source>
        <translation>先にリンクする訳文の語を選択してください</translation>
    </message>
    <message>
        <location filename="../../editor/ui/blocks/block_ops.py" line="217" />
        <source>Link</source>
        <translation>リンク</translation>
    </message>
    <message>
        <location filename="../../editor/ui/blocks/block_ops.py" line="218" />
        <source>Which of the source's links should “%1” carry?</source>
        <translation>「%1」にどの原文のリンクを付けますか?</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../editor/ui/shell/forms.py" line="35" />
        <source>Keyboard Shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <location filename="../../editor/ui/shell/forms.py" line="39" />
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../editor/ui/shell/forms.py" line="39" />
        <source>Keys</source>
        <translation>キー</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <location filename="../../editor/ui/blocks/document.py" line="145" />
        <source>Edit translation</source>
        <translation>訳文の編集</translation>
    </message>
    <message>
        <location filename="../../editor/ui/blocks/document.py" line="146" />
        <source>Mark done</source>
        <translation>完了にする</translation>
    </message>
    <message>
        <location filename="../../editor/ui/blocks/document.py" line="147" />
        <source>Tag as quote</source>
        <translation>引用にする</translation>
    </message>
    <message>
        <location filename="../../editor/ui/blocks/document.py" line="148" />
        <source>Untag quote</source>
        <translation>引用を解除</translation>
    </message>
    <message>
        <location filename="../../editor/ui/blocks/document.py" line="149" />
        <source>Merge blocks</source>
        <translation>ブロックの結合</translation>
    </message>
    <message>
        <location filename="../../editor/ui/blocks/document.py" line="150" />
        <source>Split block</source>
        <translation>ブロックの分割</translation>
    </message>
    <message>
        <location filename="../../editor/ui/blocks/document.py" line="151" />
        <source>Move block</source>
        <translation>ブロックの移動</translation>
    </message>
    <message>
        <location filename="../../editor/ui/blocks/document.py" line="152" />
        <source>Omit from export</source>
        <translation>書き出しから除外</translation>
    </message>
    <message>
        <location filename="../../editor/ui/blocks/document.py" line="153" />
        <source>Include in export</source>
        <translation>書き出しに含める</translation>
    </message>
    <message>
        <location filename="../../editor/ui/blocks/document.py" line="154" />
        <source>Edit article details</source>
        <translation>記事情報の編集</translation>
    </message>
    <message>
        <location filename="../../editor/ui/blocks/document.py" line="155" />
        <source>Edit summary</source>
        <translation>要約の編集</translation>
    </message>
    <message>
        <location filename="../../editor/ui/blocks/document.py" line="156" />
        <source>Edit note</source>
        <translation>訳注の編集</translation>
    </message>
    <message>
        <location filename="../../editor/ui/blocks/document.py" line="157" />
        <source>Machine translation</source>
        <translation>機械翻訳</translation>
    </message>
    <message>
        <location filename="../../editor/ui/blocks/document.py" line="158" />
        <source>Proofreading fix</source>
        <translation>校正の修正</translation>
    </message>
    <message>
        <location filename="../../editor/ui/blocks/document.py" line="159" />
        <source>Ignore finding</source>
        <translation>指摘を無視</translation>
    </message>
    <message>
        <location filename="../../editor/ui/blocks/document.py" line="160" />
        <source>Update source</source>
        <translation>原文の更新</translation>
    </message>
</context>
<context>
    <name>DraftEditor</name>
    <message>
        <location filename="../../editor/ui/blocks/editors.py" line="36" />
        <source>Type the translation…</source>
        <translation>訳文を入力…</translation>
    </message>
</context>
<context>
    <name>ExportFlow</name>
    <message>
        <location filename="../../editor/ui/publish/export_flow.py" line="66" />
        <source>Before exporting</source>
        <translation>書き出しの前に</translation>
    </message>
    <message>
        <location filename="../../editor/ui/publish/export_flow.py" line="69" />
        <source>Export anyway</source>
        <translation>それでも書き出す</translation>
    </message>
    <message>
        <location filename="../../editor/ui/publish/export_flow.py" line="92" />
        <source>Export refused</source>
        <translation>書き出しを拒否しました</translation>
    </message>
    <message>
        <location filename="../../editor/ui/publish/export_flow.py" line="137" />
        <source>%1 was edited since Tsuji exported it (the differences are under Details).</source>
        <translation>%1 は Tsuji が書き出した後に編集されています(違いは「詳細」にあります)。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/publish/export_flow.py" line="139" />
        <source>%1 was not written by Tsuji.</source>
        <translation>%1 は Tsuji が書いたファイルではありません。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/publish/export_flow.py" line="143" />
        <source>Overwrite it? The old file is kept in Tsuji's backups, not in the blog folder.</source>
        <translation>上書きしますか? 古いファイルはブログフォルダではなく Tsuji のバックアップに保存されます。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/publish/export_flow.py" line="146" />
        <source>Overwrite?</source>
        <translation>上書きしますか?</translation>
    </message>
    <message>
        <location filename="../../editor/ui/publish/export_flow.py" line="146" />
        <source>Overwrite</source>
        <translation>上書き</translation>
    </message>
    <message>
        <location filename="../../editor/ui/publish/export_flow.py" line="153" />
        <source>The file it replaced is kept as
%1</source>
        <translation>置き換えたファイルの保存先:
%1</translation>
    </message>
    <message>
        <location filename="../../editor/ui/publish/export_flow.py" line="154" />
        <source>Exported to %1</source>
        <translation>%1 に書き出しました</translation>
    </message>
    <message>
        <location filename="../../editor/ui/publish/export_flow.py" line="86" />
        <location filename="../../editor/ui/publish/export_flow.py" line="95" />
        <source>Export failed</source>
        <translation>書き出しに失敗しました</translation>
    </message>
    <message>
        <location filename="../../editor/ui/publish/export_flow.py" line="67" />
        <source>Click a finding to go to it, or export as it is.</source>
        <translation>見つかったものをクリックするとその場所へ移動します。このまま書き出すこともできます。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/publish/export_flow.py" line="151" />
        <source>The post was written to
%1</source>
        <translation>記事を書き出しました:
%1</translation>
    </message>
</context>
<context>
    <name>ExportSettings</name>
    <message>
        <location filename="../../editor/ui/publish/export_flow.py" line="166" />
        <location filename="../../editor/ui/publish/export_flow.py" line="282" />
        <source>Export settings</source>
        <translation>書き出しの設定</translation>
    </message>
    <message>
        <location filename="../../editor/ui/publish/export_flow.py" line="169" />
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/publish/export_flow.py" line="186" />
        <source>Blogs set up</source>
        <translation>設定済みのブログ</translation>
    </message>
    <message>
        <location filename="../../editor/ui/publish/export_flow.py" line="189" />
        <location filename="../../editor/ui/publish/export_flow.py" line="232" />
        <location filename="../../editor/ui/publish/export_flow.py" line="291" />
        <source>Blog folder</source>
        <translation>ブログのフォルダ</translation>
    </message>
    <message>
        <location filename="../../editor/ui/publish/export_flow.py" line="190" />
        <location filename="../../editor/ui/publish/export_flow.py" line="240" />
        <location filename="../../editor/ui/publish/export_flow.py" line="297" />
        <source>Profile</source>
        <translation>プロファイル</translation>
    </message>
    <message>
        <location filename="../../editor/ui/publish/export_flow.py" line="192" />
        <source>Title pattern</source>
        <translation>タイトルの書式</translation>
    </message>
    <message>
        <location filename="../../editor/ui/publish/export_flow.py" line="193" />
        <source>Byline pattern</source>
        <translation>署名の書式</translation>
    </message>
    <message>
        <location filename="../../editor/ui/publish/export_flow.py" line="194" />
        <source>Date format</source>
        <translation>日付の書式</translation>
    </message>
    <message>
        <location filename="../../editor/ui/publish/export_flow.py" line="195" />
        <source>Summary heading</source>
        <translation>要約の見出し</translation>
    </message>
    <message>
        <location filename="../../editor/ui/publish/export_flow.py" line="196" />
        <source>Bullet</source>
        <translation>箇条書きの記号</translation>
    </message>
    <message>
        <location filename="../../editor/ui/publish/export_flow.py" line="197" />
        <source>Summary point</source>
        <translation>要約の項目</translation>
    </message>
    <message>
        <location filename="../../editor/ui/publish/export_flow.py" line="198" />
        <source>Body heading</source>
        <translation>本文の見出し</translation>
    </message>
    <message>
        <location filename="../../editor/ui/publish/export_flow.py" line="207" />
        <source>comma-separated</source>
        <translation>カンマ区切り</translation>
    </message>
    <message>
        <location filename="../../editor/ui/publish/export_flow.py" line="208" />
        <source>Default categories</source>
        <translation>既定のカテゴリー</translation>
    </message>
    <message>
        <location filename="../../editor/ui/publish/export_flow.py" line="209" />
        <source>Mark posts as drafts</source>
        <translation>下書きとして書き出す</translation>
    </message>
    <message>
        <location filename="../../editor/ui/publish/export_flow.py" line="213" />
        <source>Summary point warning length</source>
        <translation>要約項目の警告文字数</translation>
    </message>
    <message>
        <location filename="../../editor/ui/publish/export_flow.py" line="218" />
        <source>Sample</source>
        <translation>見本</translation>
    </message>
    <message>
        <location filename="../../editor/ui/publish/export_flow.py" line="275" />
        <source>Pattern error: %1</source>
        <translation>書式の誤り: %1</translation>
    </message>
    <message>
        <location filename="../../editor/ui/publish/export_flow.py" line="282" />
        <source>Discard the blog folder you typed?</source>
        <translation>入力したブログフォルダを破棄しますか?</translation>
    </message>
    <message>
        <location filename="../../editor/ui/publish/export_flow.py" line="282" />
        <source>Discard</source>
        <translation>破棄</translation>
    </message>
    <message>
        <location filename="../../editor/ui/publish/export_flow.py" line="291" />
        <source>Choose an existing folder for the blog.</source>
        <translation>ブログの既存のフォルダを選んでください。</translation>
    </message>
</context>
<context>
    <name>FileOps</name>
    <message>
        <location filename="../../editor/ui/files/file_ops.py" line="24" />
        <source>Tsuji projects</source>
        <translation>Tsuji プロジェクト</translation>
    </message>
    <message>
        <location filename="../../editor/ui/files/file_ops.py" line="28" />
        <source>Articles</source>
        <translation>記事</translation>
    </message>
    <message>
        <location filename="../../editor/ui/files/file_ops.py" line="51" />
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <location filename="../../editor/ui/files/file_ops.py" line="59" />
        <source>Import article</source>
        <translation>記事の取り込み</translation>
    </message>
    <message>
        <location filename="../../editor/ui/files/file_ops.py" line="78" />
        <source>Already open</source>
        <translation>すでに開かれています</translation>
    </message>
    <message>
        <location filename="../../editor/ui/files/file_ops.py" line="79" />
        <source>%1 is open in another Tsuji (process %2). Open it here too?</source>
        <translation>%1 は別の Tsuji(プロセス %2)で開かれています。ここでも開きますか?</translation>
    </message>
    <message>
        <location filename="../../editor/ui/files/file_ops.py" line="88" />
        <source>Cannot open</source>
        <translation>開けません</translation>
    </message>
    <message>
        <location filename="../../editor/ui/files/file_ops.py" line="93" />
        <source>This is the shipped sample: Save As to keep a copy</source>
        <translation>これは同梱の見本です。残すには「名前を付けて保存」してください</translation>
    </message>
    <message>
        <location filename="../../editor/ui/files/file_ops.py" line="111" />
        <location filename="../../editor/ui/files/file_ops.py" line="167" />
        <source>Cannot import</source>
        <translation>取り込めません</translation>
    </message>
    <message>
        <location filename="../../editor/ui/files/file_ops.py" line="118" />
        <source>Imported %1</source>
        <translation>%1 を取り込みました</translation>
    </message>
    <message>
        <location filename="../../editor/ui/files/file_ops.py" line="121" />
        <source>Imported with changes</source>
        <translation>変更を加えて取り込みました</translation>
    </message>
    <message>
        <location filename="../../editor/ui/files/file_ops.py" line="138" />
        <source>Translated before</source>
        <translation>翻訳済みの記事</translation>
    </message>
    <message>
        <location filename="../../editor/ui/files/file_ops.py" line="139" />
        <source>The blog already has a translation of this article:</source>
        <translation>この記事の翻訳はすでにブログにあります:</translation>
    </message>
    <message>
        <location filename="../../editor/ui/files/file_ops.py" line="154" />
        <source>Importing %1…</source>
        <translation>%1 を取り込み中…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/files/file_ops.py" line="162" />
        <source>Import of %1 cancelled</source>
        <translation>%1 の取り込みを取り消しました</translation>
    </message>
    <message>
        <location filename="../../editor/ui/files/file_ops.py" line="174" />
        <source>Import from URL</source>
        <translation>URL から取り込む</translation>
    </message>
    <message>
        <location filename="../../editor/ui/files/file_ops.py" line="174" />
        <source>Address of the article:</source>
        <translation>記事のアドレス:</translation>
    </message>
    <message>
        <location filename="../../editor/ui/files/file_ops.py" line="189" />
        <source>Import from the clipboard</source>
        <translation>クリップボードから取り込む</translation>
    </message>
    <message>
        <location filename="../../editor/ui/files/file_ops.py" line="189" />
        <source>The clipboard holds no text.</source>
        <translation>クリップボードにテキストがありません。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/files/file_ops.py" line="195" />
        <source>the clipboard</source>
        <translation>クリップボード</translation>
    </message>
    <message>
        <location filename="../../editor/ui/files/file_ops.py" line="214" />
        <source>Save As</source>
        <translation>名前を付けて保存</translation>
    </message>
    <message>
        <location filename="../../editor/ui/files/file_ops.py" line="231" />
        <source>Changed on disk</source>
        <translation>ディスク上で変更されました</translation>
    </message>
    <message>
        <location filename="../../editor/ui/files/file_ops.py" line="233" />
        <source>%1 was changed by another program since Tsuji opened it.
Overwrite it with your version? (The other version is kept as .bak.)</source>
        <translation>%1 は Tsuji で開いた後に別のプログラムで変更されました。
こちらの内容で上書きしますか?(もう一方は .bak として残ります)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/files/file_ops.py" line="245" />
        <source>Cannot save</source>
        <translation>保存できません</translation>
    </message>
    <message>
        <location filename="../../editor/ui/files/file_ops.py" line="273" />
        <source>Autosave failed: %1</source>
        <translation>自動保存に失敗しました: %1</translation>
    </message>
    <message>
        <location filename="../../editor/ui/files/file_ops.py" line="280" />
        <source>Unsaved changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <location filename="../../editor/ui/files/file_ops.py" line="281" />
        <source>Save the changes to %1?</source>
        <translation>%1 への変更を保存しますか?</translation>
    </message>
    <message>
        <location filename="../../editor/ui/files/file_ops.py" line="282" />
        <source>Untitled</source>
        <translation>無題</translation>
    </message>
    <message>
        <location filename="../../editor/ui/files/file_ops.py" line="296" />
        <source>an untitled document</source>
        <translation>無題の文書</translation>
    </message>
    <message>
        <location filename="../../editor/ui/files/file_ops.py" line="298" />
        <source>Restore unsaved work?</source>
        <translation>保存されていない作業を復元しますか?</translation>
    </message>
    <message>
        <location filename="../../editor/ui/files/file_ops.py" line="299" />
        <source>Tsuji did not close normally. Restore %1 as autosaved at %2?</source>
        <translation>Tsuji は正常に終了しませんでした。%2 に自動保存された %1 を復元しますか?</translation>
    </message>
    <message>
        <location filename="../../editor/ui/files/file_ops.py" line="311" />
        <source>Cannot restore</source>
        <translation>復元できません</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../editor/ui/find/find_bar.py" line="98" />
        <source>Find</source>
        <translation>検索</translation>
    </message>
    <message>
        <location filename="../../editor/ui/find/find_bar.py" line="99" />
        <source>Replace in drafts with</source>
        <translation>訳文の置換後の文字列</translation>
    </message>
    <message>
        <location filename="../../editor/ui/find/find_bar.py" line="104" />
        <source>Whole word</source>
        <translation>単語単位</translation>
    </message>
    <message>
        <location filename="../../editor/ui/find/find_bar.py" line="100" />
        <source>Options</source>
        <translation>オプション</translation>
    </message>
    <message>
        <location filename="../../editor/ui/find/find_bar.py" line="102" />
        <source>Regular expression</source>
        <translation>正規表現</translation>
    </message>
    <message>
        <location filename="../../editor/ui/find/find_bar.py" line="103" />
        <source>Match case</source>
        <translation>大文字と小文字を区別</translation>
    </message>
    <message>
        <location filename="../../editor/ui/find/find_bar.py" line="105" />
        <source>Search the source</source>
        <translation>原文を検索</translation>
    </message>
    <message>
        <location filename="../../editor/ui/find/find_bar.py" line="106" />
        <source>Search the drafts</source>
        <translation>訳文を検索</translation>
    </message>
    <message>
        <location filename="../../editor/ui/find/find_bar.py" line="110" />
        <source>Previous</source>
        <translation>前へ</translation>
    </message>
    <message>
        <location filename="../../editor/ui/find/find_bar.py" line="111" />
        <source>Next</source>
        <translation>次へ</translation>
    </message>
    <message>
        <location filename="../../editor/ui/find/find_bar.py" line="112" />
        <source>Replace</source>
        <translation>置換</translation>
    </message>
    <message>
        <location filename="../../editor/ui/find/find_bar.py" line="113" />
        <source>Replace all</source>
        <translation>すべて置換</translation>
    </message>
    <message>
        <location filename="../../editor/ui/find/find_bar.py" line="116" />
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../../editor/ui/find/find_bar.py" line="181" />
        <source>Bad pattern: %1</source>
        <translation>パターンが不正です: %1</translation>
    </message>
</context>
<context>
    <name>FindOps</name>
    <message>
        <location filename="../../editor/ui/find/find_ops.py" line="68" />
        <location filename="../../editor/ui/find/find_ops.py" line="192" />
        <source>Not found</source>
        <translation>見つかりません</translation>
    </message>
    <message>
        <location filename="../../editor/ui/find/find_ops.py" line="70" />
        <source>1 match</source>
        <translation>1 件</translation>
    </message>
    <message>
        <location filename="../../editor/ui/find/find_ops.py" line="72" />
        <source>%1 matches</source>
        <translation>%1 件</translation>
    </message>
    <message>
        <location filename="../../editor/ui/find/find_ops.py" line="86" />
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../../editor/ui/find/find_ops.py" line="226" />
        <source>Replace all</source>
        <translation>すべて置換</translation>
    </message>
    <message>
        <location filename="../../editor/ui/find/find_ops.py" line="244" />
        <source>Replaced in block %1</source>
        <translation>ブロック %1 で置換しました</translation>
    </message>
</context>
<context>
    <name>FindingsDialog</name>
    <message>
        <location filename="../../editor/ui/shell/findings_dialog.py" line="41" />
        <source>Click to go there</source>
        <translation>クリックでその場所へ移動</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="239" />
        <location filename="../../editor/ui/window/main_window.py" line="479" />
        <source>Main toolbar</source>
        <translation>メインツールバー</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="360" />
        <source>&amp;Undo %1</source>
        <translation>元に戻す: %1(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="363" />
        <source>&amp;Redo %1</source>
        <translation>やり直す: %1(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="431" />
        <source>About Tsuji</source>
        <translation>Tsuji について</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="432" />
        <source>Tsuji %1 — a translation editor for blog posts.</source>
        <translation>Tsuji %1 — ブログ記事のための翻訳エディタ</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="524" />
        <source>Untitled</source>
        <translation>無題</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="535" />
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
</context>
<context>
    <name>MemoryBuilder</name>
    <message>
        <location filename="../../editor/ui/memory/memory_builder.py" line="34" />
        <location filename="../../editor/ui/memory/memory_builder.py" line="40" />
        <location filename="../../editor/ui/memory/memory_builder.py" line="94" />
        <location filename="../../editor/ui/memory/memory_builder.py" line="109" />
        <source>Build Memory from Blog</source>
        <translation>ブログから翻訳メモリを作成</translation>
    </message>
    <message>
        <location filename="../../editor/ui/memory/memory_builder.py" line="35" />
        <source>Set up the blog folder first (File → Export Settings).</source>
        <translation>先にブログのフォルダを設定してください(ファイル → エクスポート設定)。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/memory/memory_builder.py" line="41" />
        <source>Where are the source pages of the published posts?</source>
        <translation>公開済みの記事の原文ページはどこにありますか?</translation>
    </message>
    <message>
        <location filename="../../editor/ui/memory/memory_builder.py" line="43" />
        <source>In a folder of saved pages…</source>
        <translation>保存したページのフォルダ…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/memory/memory_builder.py" line="44" />
        <source>Only those Tsuji imported before (the import cache)</source>
        <translation>Tsuji で以前に取り込んだものだけ(取り込みキャッシュ)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/memory/memory_builder.py" line="45" />
        <source>Fetch missing ones from the web (slow, one at a time)</source>
        <translation>見つからないものをウェブから取得(1件ずつ、時間がかかります)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/memory/memory_builder.py" line="52" />
        <source>Folder of saved source pages</source>
        <translation>保存した原文ページのフォルダ</translation>
    </message>
    <message>
        <location filename="../../editor/ui/memory/memory_builder.py" line="60" />
        <source>Aligning published posts…</source>
        <translation>公開済みの記事を対応付けています…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/memory/memory_builder.py" line="60" />
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../../editor/ui/memory/memory_builder.py" line="100" />
        <source>%1 posts aligned, %2 skipped: %3 pairs added to the memory, %4 held back for review.</source>
        <translation>%1 件の記事を対応付け、%2 件をスキップしました。メモリに %3 組を追加し、%4 組は確認用に保留しました。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/memory/memory_builder.py" line="107" />
        <source>Cancelled.</source>
        <translation>キャンセルしました。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/memory/memory_builder.py" line="113" />
        <source>Names for the glossary</source>
        <translation>用語集に入れる名前</translation>
    </message>
    <message>
        <location filename="../../editor/ui/memory/memory_builder.py" line="115" />
        <source>These names recur beside the same katakana in your posts. Add them to the glossary?</source>
        <translation>これらの名前は記事の中で同じカタカナと一緒に繰り返し現れます。用語集に追加しますか?</translation>
    </message>
    <message>
        <location filename="../../editor/ui/memory/memory_builder.py" line="117" />
        <source>Add to Glossary</source>
        <translation>用語集に追加</translation>
    </message>
</context>
<context>
    <name>MetaHeader</name>
    <message>
        <location filename="../../editor/ui/window/meta_header.py" line="101" />
        <source>Japanese title</source>
        <translation>日本語タイトル</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/meta_header.py" line="102" />
        <source>Source URL</source>
        <translation>原文 URL</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/meta_header.py" line="103" />
        <source>Site label</source>
        <translation>サイト略称</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/meta_header.py" line="104" />
        <source>Author</source>
        <translation>著者</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/meta_header.py" line="105" />
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/meta_header.py" line="106" />
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/meta_header.py" line="107" />
        <source>Categories</source>
        <translation>カテゴリー</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/meta_header.py" line="108" />
        <source>URL path</source>
        <translation>URL パス</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/meta_header.py" line="111" />
        <source>The post's title in Japanese</source>
        <translation>記事の日本語タイトル</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/meta_header.py" line="112" />
        <source>e.g. MoA</source>
        <translation>例: MoA</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/meta_header.py" line="115" />
        <source>comma-separated</source>
        <translation>カンマ区切り</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/meta_header.py" line="116" />
        <source>e.g. 2026/03/port-talks (blogsync's CustomPath)</source>
        <translation>例: 2026/03/port-talks(blogsync の CustomPath)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/meta_header.py" line="122" />
        <source>Open the source in the browser</source>
        <translation>原文をブラウザで開く</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/meta_header.py" line="123" />
        <source>Show or hide the article's details (Ctrl+Alt+0)</source>
        <translation>記事の詳細を表示/非表示 (Ctrl+Alt+0)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/meta_header.py" line="138" />
        <source>Details ▸</source>
        <translation>詳細 ▸</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/meta_header.py" line="138" />
        <source>Details ▾</source>
        <translation>詳細 ▾</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/meta_header.py" line="126" />
        <location filename="../../editor/ui/window/meta_header.py" line="157" />
        <source>Source title: %1</source>
        <translation>原題: %1</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <location filename="../../editor/ui/publish/preview_panel.py" line="86" />
        <source>image</source>
        <translation>画像</translation>
    </message>
    <message>
        <location filename="../../editor/ui/publish/preview_panel.py" line="144" />
        <source>The preview could not be made: %1</source>
        <translation>プレビューを作れませんでした: %1</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <location filename="../../editor/ui/proofing/proofreading.py" line="93" />
        <source>&amp;Fix</source>
        <translation>修正(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/proofing/proofreading.py" line="94" />
        <source>&amp;Ignore in This Block</source>
        <translation>このブロックでは無視(&amp;I)</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <location filename="../../editor/ui/shell/prompts.py" line="41" />
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <location filename="../../editor/ui/shell/prompts.py" line="113" />
        <source>Discard changes?</source>
        <translation>変更を破棄しますか?</translation>
    </message>
    <message>
        <location filename="../../editor/ui/shell/prompts.py" line="114" />
        <source>Throw away the text you changed?</source>
        <translation>変更した文章を破棄しますか?</translation>
    </message>
    <message>
        <location filename="../../editor/ui/shell/prompts.py" line="127" />
        <source>Exported</source>
        <translation>書き出しました</translation>
    </message>
    <message>
        <location filename="../../editor/ui/shell/prompts.py" line="133" />
        <source>Open folder</source>
        <translation>フォルダを開く</translation>
    </message>
    <message>
        <location filename="../../editor/ui/shell/prompts.py" line="136" />
        <source>Copy path</source>
        <translation>パスをコピー</translation>
    </message>
</context>
<context>
    <name>Proofreading</name>
    <message>
        <location filename="../../editor/ui/proofing/proofreading.py" line="129" />
        <location filename="../../editor/ui/proofing/proofreading.py" line="252" />
        <source>Problems</source>
        <translation>問題</translation>
    </message>
    <message>
        <location filename="../../editor/ui/proofing/proofreading.py" line="231" />
        <source>Proofreading failed: %1</source>
        <translation>校正できませんでした: %1</translation>
    </message>
    <message>
        <location filename="../../editor/ui/proofing/proofreading.py" line="52" />
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <location filename="../../editor/ui/proofing/proofreading.py" line="54" />
        <source>Summary %1</source>
        <translation>要約 %1</translation>
    </message>
    <message>
        <location filename="../../editor/ui/proofing/proofreading.py" line="56" />
        <source>Block %1 (note)</source>
        <translation>ブロック %1 (訳注)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/proofing/proofreading.py" line="57" />
        <source>Block %1</source>
        <translation>ブロック %1</translation>
    </message>
    <message>
        <location filename="../../editor/ui/proofing/proofreading.py" line="187" />
        <source>Learn House Style from Blog</source>
        <translation>ブログの表記方針を学習</translation>
    </message>
    <message>
        <location filename="../../editor/ui/proofing/proofreading.py" line="191" />
        <source>Set up the blog folder first (File → Export Settings).</source>
        <translation>先にブログのフォルダを設定してください(ファイル → エクスポート設定)。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/proofing/proofreading.py" line="194" />
        <source>Reading the blog's posts…</source>
        <translation>ブログの記事を読んでいます…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/proofing/proofreading.py" line="207" />
        <source>No posts were found in the blog folder.</source>
        <translation>ブログフォルダーに記事が見つかりませんでした。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/proofing/proofreading.py" line="264" />
        <source>Proofreading: %1 errors, %2 warnings, %3 hints (F8: next)</source>
        <translation>校正: エラー %1、警告 %2、ヒント %3 (F8: 次へ)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/proofing/proofreading.py" line="360" />
        <source>No problems found</source>
        <translation>問題は見つかりません</translation>
    </message>
    <message>
        <location filename="../../editor/ui/proofing/proofreading.py" line="408" />
        <source>The text changed since the check; checking again</source>
        <translation>チェックの後に文章が変わりました。もう一度チェックします</translation>
    </message>
</context>
<context>
    <name>Publishing</name>
    <message>
        <location filename="../../editor/ui/publish/publishing.py" line="54" />
        <source>Summary (✒️要約)</source>
        <translation>要約(✒️要約)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/publish/publishing.py" line="55" />
        <source>Preview</source>
        <translation>プレビュー</translation>
    </message>
    <message>
        <location filename="../../editor/ui/publish/publishing.py" line="123" />
        <location filename="../../editor/ui/publish/publishing.py" line="128" />
        <location filename="../../editor/ui/publish/publishing.py" line="145" />
        <source>Push</source>
        <translation>プッシュ</translation>
    </message>
    <message>
        <location filename="../../editor/ui/publish/publishing.py" line="123" />
        <source>Export the post first (Ctrl+E), then push it.</source>
        <translation>先に書き出して(Ctrl+E)から、プッシュしてください。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/publish/publishing.py" line="132" />
        <source>Pushing %1 with blogsync…</source>
        <translation>blogsync で %1 をプッシュ中…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/publish/publishing.py" line="142" />
        <source>Pushed: %1</source>
        <translation>プッシュしました: %1</translation>
    </message>
    <message>
        <location filename="../../editor/ui/publish/publishing.py" line="150" />
        <source>Push failed</source>
        <translation>プッシュに失敗しました</translation>
    </message>
    <message>
        <location filename="../../editor/ui/publish/publishing.py" line="156" />
        <source>The post has no address yet: push it first</source>
        <translation>記事のアドレスがまだありません。先にプッシュしてください</translation>
    </message>
    <message>
        <location filename="../../editor/ui/publish/publishing.py" line="217" />
        <source>Drafting the summary with %1…</source>
        <translation>%1 で要約を作成しています…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/publish/publishing.py" line="223" />
        <source>The model could not draft the summary (%1); these come from the translation</source>
        <translation>モデルが要約を作れませんでした(%1)。訳文から選んだ候補を示します</translation>
    </message>
    <message>
        <location filename="../../editor/ui/publish/publishing.py" line="230" />
        <source>Summary drafted by %1</source>
        <translation>%1 が要約を作成しました</translation>
    </message>
    <message>
        <location filename="../../editor/ui/publish/publishing.py" line="241" />
        <source>Translate a few paragraphs first: suggestions come from the translation</source>
        <translation>先にいくつかの段落を訳してください。提案は訳文から作られます</translation>
    </message>
    <message>
        <location filename="../../editor/ui/publish/publishing.py" line="246" />
        <source>Suggest</source>
        <translation>提案</translation>
    </message>
    <message>
        <location filename="../../editor/ui/publish/publishing.py" line="246" />
        <source>Replace the current summary points with suggestions?</source>
        <translation>今の要約を提案で置き換えますか?</translation>
    </message>
    <message>
        <location filename="../../editor/ui/publish/publishing.py" line="270" />
        <source>Copied</source>
        <translation>コピーしました</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../editor/ui/shell/i18n.py" line="78" />
        <source>Files of &amp;type:</source>
        <translation>ファイルの種類(&amp;T):</translation>
    </message>
    <message>
        <location filename="../../editor/ui/shell/i18n.py" line="79" />
        <source>Look in:</source>
        <translation>場所:</translation>
    </message>
</context>
<context>
    <name>RowMetrics</name>
    <message>
        <location filename="../../editor/ui/blocks/row_metrics.py" line="104" />
        <source>Quote</source>
        <translation>引用</translation>
    </message>
    <message>
        <location filename="../../editor/ui/blocks/row_metrics.py" line="115" />
        <source>Image</source>
        <translation>画像</translation>
    </message>
    <message>
        <location filename="../../editor/ui/blocks/row_metrics.py" line="119" />
        <source>Note</source>
        <translation>訳注</translation>
    </message>
    <message>
        <location filename="../../editor/ui/blocks/row_metrics.py" line="121" />
        <source>Heading</source>
        <translation>見出し</translation>
    </message>
    <message>
        <location filename="../../editor/ui/blocks/row_metrics.py" line="123" />
        <source>Removed from the source</source>
        <translation>原文から削除</translation>
    </message>
    <message>
        <location filename="../../editor/ui/blocks/row_metrics.py" line="125" />
        <source>Source changed</source>
        <translation>原文が変更</translation>
    </message>
    <message>
        <location filename="../../editor/ui/blocks/row_metrics.py" line="127" />
        <source>Omitted from export</source>
        <translation>書き出しから除外</translation>
    </message>
</context>
<context>
    <name>SourceUpdate</name>
    <message>
        <location filename="../../editor/ui/update/source_update.py" line="35" />
        <location filename="../../editor/ui/update/source_update.py" line="85" />
        <source>Update Source</source>
        <translation>原文を更新</translation>
    </message>
    <message>
        <location filename="../../editor/ui/update/source_update.py" line="36" />
        <source>Re-import the article and merge the changes into this project?</source>
        <translation>記事を取り込み直して、変更をこのプロジェクトに反映しますか?</translation>
    </message>
    <message>
        <location filename="../../editor/ui/update/source_update.py" line="37" />
        <source>From the web (%1)</source>
        <translation>ウェブから (%1)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/update/source_update.py" line="37" />
        <source>From a saved page…</source>
        <translation>保存したページから…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/update/source_update.py" line="49" />
        <source>The updated page</source>
        <translation>更新されたページ</translation>
    </message>
    <message>
        <location filename="../../editor/ui/update/source_update.py" line="51" />
        <source>Web pages and articles</source>
        <translation>ウェブページと記事</translation>
    </message>
    <message>
        <location filename="../../editor/ui/update/source_update.py" line="58" />
        <source>Fetching %1…</source>
        <translation>%1 を取得中…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/update/source_update.py" line="64" />
        <source>Cannot update the source</source>
        <translation>原文を更新できません</translation>
    </message>
    <message>
        <location filename="../../editor/ui/update/source_update.py" line="81" />
        <source>Not the same article</source>
        <translation>同じ記事ではありません</translation>
    </message>
    <message>
        <location filename="../../editor/ui/update/source_update.py" line="85" />
        <source>The source has not changed.</source>
        <translation>原文は変わっていません。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/update/source_update.py" line="90" />
        <source>%1 kept, %2 changed, %3 added, %4 removed.</source>
        <translation>変更なし %1、変更 %2、追加 %3、削除 %4。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/update/source_update.py" line="97" />
        <source>Changed blocks keep their draft and show the old and new source; Ctrl+Shift+Down stops at them. Removed paragraphs stay, marked, and are left out of the export. Ctrl+Z undoes the whole update.</source>
        <translation>変更されたブロックは訳文を残したまま新旧の原文を表示します(Ctrl+Shift+↓ で移動)。削除された段落は印を付けて残し、エクスポートには含めません。Ctrl+Z で更新全体を取り消せます。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/update/source_update.py" line="101" />
        <source>Source updated</source>
        <translation>原文を更新しました</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../editor/ui/window/start_page.py" line="114" />
        <source>Translate an article paragraph by paragraph and export it to the blog.</source>
        <translation>記事を段落ごとに翻訳して、ブログに書き出します。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/start_page.py" line="116" />
        <source>Start</source>
        <translation>はじめる</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/start_page.py" line="117" />
        <source>Recent projects</source>
        <translation>最近のプロジェクト</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/start_page.py" line="119" />
        <source>Import an article from a file…</source>
        <translation>ファイルから記事を取り込む…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/start_page.py" line="120" />
        <source>Import an article from the web…</source>
        <translation>ウェブから記事を取り込む…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/start_page.py" line="121" />
        <source>Paste an article</source>
        <translation>記事を貼り付ける</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/start_page.py" line="122" />
        <source>Open a project…</source>
        <translation>プロジェクトを開く…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/start_page.py" line="123" />
        <source>Open the sample article</source>
        <translation>サンプル記事を開く</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/start_page.py" line="128" />
        <source>Or drop a saved page, a Markdown or text file, or a project here.</source>
        <translation>保存したページ、Markdown やテキストのファイル、プロジェクトをここにドロップしても始められます。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/start_page.py" line="140" />
        <source>(not found)</source>
        <translation>（見つかりません）</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/start_page.py" line="147" />
        <source>No project yet: import an article to start one.</source>
        <translation>プロジェクトはまだありません。記事を取り込んで始めましょう。</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../../editor/ui/window/status_bar.py" line="31" />
        <source>Done %1/%2 (%3%)</source>
        <translation>完了 %1/%2 (%3%)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/status_bar.py" line="37" />
        <source>Draft %1 characters · source %2 words</source>
        <translation>訳文 %1 字 · 原文 %2 語</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/status_bar.py" line="42" />
        <source>Unsaved changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/status_bar.py" line="44" />
        <source>Not saved yet</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/status_bar.py" line="46" />
        <source>Saved</source>
        <translation>保存済み</translation>
    </message>
</context>
<context>
    <name>StyleDialog</name>
    <message>
        <location filename="../../editor/ui/proofing/style_dialog.py" line="22" />
        <source>Proofreading Style</source>
        <translation>校正スタイル</translation>
    </message>
    <message>
        <location filename="../../editor/ui/proofing/style_dialog.py" line="28" />
        <source>Learn from the Blog's Posts</source>
        <translation>ブログの記事から学習</translation>
    </message>
    <message>
        <location filename="../../editor/ui/proofing/style_dialog.py" line="58" />
        <source>Style</source>
        <translation>スタイル</translation>
    </message>
    <message>
        <location filename="../../editor/ui/proofing/style_dialog.py" line="63" />
        <source>No blog folder is set: no house style to learn.</source>
        <translation>ブログフォルダーが設定されていないため、表記方針を学習できません。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/proofing/style_dialog.py" line="69" />
        <source>House style: not learnt yet from this blog.</source>
        <translation>表記方針: このブログからはまだ学習していません。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/proofing/style_dialog.py" line="72" />
        <source>House style of the blog</source>
        <translation>ブログの表記方針</translation>
    </message>
    <message>
        <location filename="../../editor/ui/proofing/style_dialog.py" line="77" />
        <source>User dictionaries: %1 rule(s) (config folder, prh/)</source>
        <translation>ユーザー辞書: %1 件の規則(設定フォルダーの prh/)</translation>
    </message>
</context>
<context>
    <name>SummaryPanel</name>
    <message>
        <location filename="../../editor/ui/publish/summary_panel.py" line="82" />
        <source>Label</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <location filename="../../editor/ui/publish/summary_panel.py" line="82" />
        <source>Text</source>
        <translation>本文</translation>
    </message>
    <message>
        <location filename="../../editor/ui/publish/summary_panel.py" line="82" />
        <source>Chars</source>
        <translation>文字数</translation>
    </message>
    <message>
        <location filename="../../editor/ui/publish/summary_panel.py" line="84" />
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <location filename="../../editor/ui/publish/summary_panel.py" line="85" />
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../editor/ui/publish/summary_panel.py" line="86" />
        <source>Suggest</source>
        <translation>提案</translation>
    </message>
    <message>
        <location filename="../../editor/ui/publish/summary_panel.py" line="89" />
        <source>Move up (Alt+Up)</source>
        <translation>上へ (Alt+↑)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/publish/summary_panel.py" line="90" />
        <source>Move down (Alt+Down)</source>
        <translation>下へ (Alt+↓)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/publish/summary_panel.py" line="91" />
        <source>Propose points from the translation</source>
        <translation>訳文から要約を提案</translation>
    </message>
    <message>
        <location filename="../../editor/ui/publish/summary_panel.py" line="159" />
        <source>Longer than %1 characters</source>
        <translation>%1 文字を超えています</translation>
    </message>
</context>
<context>
    <name>TextDialog</name>
    <message>
        <location filename="../../editor/ui/shell/text_dialog.py" line="34" />
        <source>Ctrl+Enter: OK</source>
        <translation>Ctrl+Enter: OK</translation>
    </message>
</context>
<context><name>Messages</name><message><source>{name}: this is a binary file, not text</source><translation>{name}: テキストではなくバイナリファイルです</translation></message><message><source>{name}: cannot tell the text encoding; save it as UTF-8 and retry</source><translation>{name}: 文字コードを判別できません。UTF-8 で保存してやり直してください</translation></message><message><source>{name}: not valid {encoding} text (byte {start})</source><translation>{name}: 正しい {encoding} のテキストではありません（{start} バイト目）</translation></message><message><source>{path}: not a regular file (a device or a pipe?), so Tsuji does not read it</source><translation>{path}: 通常のファイルではない（デバイスかパイプ？）ため、Tsuji は読み込みません</translation></message><message><source>{path}: {mb:.0f} MB is too large for an article page (limit {limit_mb} MB)</source><translation>{path}: {mb:.0f} MB は記事ページとして大きすぎます（上限 {limit_mb} MB）</translation></message><message><source>{path}: too large (it grew past {limit_mb} MB while being read)</source><translation>{path}: 大きすぎます（読み込み中に {limit_mb} MB を超えました）</translation></message><message><source>{path}: no such file</source><translation>{path}: ファイルがありません</translation></message><message><source>{path}: is a folder, not a file</source><translation>{path}: ファイルではなくフォルダーです</translation></message><message><source>{path}: cannot be read ({strerror})</source><translation>{path}: 読み込めません（{strerror}）</translation></message><message><source>no blocks selected</source><translation>ブロックが選択されていません</translation></message><message><source>the last block has no next block to merge with</source><translation>最後のブロックには結合する次のブロックがありません</translation></message><message><source>split inside the source text, not at its start or end</source><translation>原文の先頭や末尾ではなく、途中で分割してください</translation></message><message><source>split position is outside the translation</source><translation>分割位置が訳文の外にあります</translation></message><message><source>cannot move a block past the ends of the article</source><translation>記事の端より先にはブロックを移動できません</translation></message><message><source>not article metadata: {names}</source><translation>記事のメタデータではありません: {names}</translation></message><message><source>nothing to fix in {field_name}</source><translation>{field_name} に直すところはありません</translation></message><message><source>the new page is not the same article: its title is “{new_title}” (the project's is “{old_title}”) and {found} of {paragraphs} paragraphs were found in it. Nothing was changed.</source><translation>新しいページは同じ記事ではありません。タイトルは「{new_title}」（プロジェクトは「{old_title}」）で、{paragraphs} 段落のうち見つかったのは {found} 段落です。何も変更していません。</translation></message><message><source>not a valid project file (broken JSON at line {line}, column {column}: {detail})</source><translation>正しいプロジェクトファイルではありません（{line} 行 {column} 桁目で JSON が壊れています: {detail}）</translation></message><message><source>written by a newer Tsuji (file format version {version}; this program reads up to {supported}). Update Tsuji to open it; the file was left as it is.</source><translation>新しい Tsuji で書かれたファイルです（ファイル形式 {version}。このプログラムが読めるのは {supported} まで）。開くには Tsuji を更新してください。ファイルはそのままです。</translation></message><message><source>damaged project file: {problems} (and {more} more)</source><translation>プロジェクトファイルが壊れています: {problems}（ほか {more} 件）</translation></message><message><source>damaged project file: {problems}</source><translation>プロジェクトファイルが壊れています: {problems}</translation></message><message><source>changed on disk by another program since it was opened; not overwritten</source><translation>開いた後にほかのプログラムがディスク上のファイルを変更しました。上書きしていません</translation></message><message><source>not a Tsuji project (no "format": "tsuji")</source><translation>Tsuji のプロジェクトではありません（"format": "tsuji" がありません）</translation></message><message><source>not a Tsuji project (nested more than {n} levels deep)</source><translation>Tsuji のプロジェクトではありません({n} 段より深く入れ子になっています)</translation></message><message><source>not a Tsuji project (the file holds no JSON object)</source><translation>Tsuji のプロジェクトではありません（JSON オブジェクトがありません）</translation></message><message><source>no file name to save to</source><translation>保存先のファイル名がありません</translation></message><message><source>{path}: {reason}</source><translation>{path}: {reason}</translation></message><message><source>not a Tsuji project (JSON nested too deeply)</source><translation>Tsuji のプロジェクトではありません（JSON の入れ子が深すぎます）</translation></message><message><source>not a Tsuji project ({e})</source><translation>Tsuji のプロジェクトではありません（{e}）</translation></message><message><source>not a regular file (a pipe or a device?)</source><translation>通常のファイルではありません(パイプかデバイス?)</translation></message><message><source>larger than {limit_mb} MB</source><translation>{limit_mb} MB を超えています</translation></message><message><source>no such file</source><translation>ファイルがありません</translation></message><message><source>is a folder, not a project file</source><translation>プロジェクトファイルではなくフォルダーです</translation></message><message><source>cannot be read ({strerror})</source><translation>読み込めません（{strerror}）</translation></message><message><source>could not be saved ({reason}); the old file is intact</source><translation>保存できませんでした（{reason}）。元のファイルは無事です</translation></message><message><source>not a Tsuji project (not UTF-8 text at byte {start})</source><translation>Tsuji のプロジェクトではありません（{start} バイト目が UTF-8 ではありません）</translation></message><message><source>{project} is open in another Tsuji (process {pid} on {host}); close it there, or wait for it to finish</source><translation>{project} はほかの Tsuji で開かれています（{host} のプロセス {pid}）。そちらで閉じるか、終わるまでお待ちください</translation></message><message><source>{project} is being opened by another Tsuji</source><translation>{project} はほかの Tsuji が開いているところです</translation></message><message><source>the store</source><translation>保存先</translation></message><message><source>{folder} is a file, not a folder</source><translation>{folder} はフォルダーではなくファイルです</translation></message><message><source>{what} cannot be used ({path}): {reason}</source><translation>{what}を使えません({path}): {reason}</translation></message><message><source>no front matter (--- … ---)</source><translation>フロントマター（--- … ---）がありません</translation></message><message><source>its front matter is not valid YAML</source><translation>フロントマターが正しい YAML ではありません</translation></message><message><source>a link, not a post file (links are not followed)</source><translation>リンクで、記事のファイルではありません(リンクはたどりません)</translation></message><message><source>not UTF-8 text</source><translation>UTF-8 のテキストではありません</translation></message><message><source>cannot be read ({reason})</source><translation>読み込めません（{reason}）</translation></message><message><source>the post's URL path {text!r} may hold only ASCII letters, digits, '-', '_', '.' and '/'</source><translation>記事の URL パス {text!r} に使えるのは ASCII の英数字と '-'、'_'、'.'、'/' だけです</translation></message><message><source>profile path_pattern {path_pattern!r} leaves the blog folder</source><translation>プロファイルの path_pattern {path_pattern!r} はブログのフォルダーの外を指しています</translation></message><message><source>the export path {text!r} is not a usable file name</source><translation>書き出し先 {text!r} はファイル名として使えません</translation></message><message><source>the export path {text!r} leaves the blog folder; Tsuji writes only inside it</source><translation>書き出し先 {text!r} はブログのフォルダーの外です。Tsuji はその中にしか書きません</translation></message><message><source>the export path {text!r} leads to {resolved}, outside the blog folder {root} (through a link?)</source><translation>書き出し先 {text!r} はブログのフォルダー {root} の外の {resolved} を指しています（リンク経由？）</translation></message><message><source>two posts carry the entry's EditURL: {a} and {b}; keep only the real one, then export</source><translation>2つの記事が同じ EditURL を持っています: {a} と {b}。本物だけを残してから書き出してください</translation></message><message><source>profile path_pattern {path_pattern!r} cannot be filled: {e}</source><translation>プロファイルの path_pattern {path_pattern!r} を埋められません: {e}</translation></message><message><source>the export path {text!r} cannot be resolved: {e}</source><translation>書き出し先 {text!r} をたどれません: {e}</translation></message><message><source>{path} was edited since Tsuji exported it</source><translation>{path} は Tsuji が書き出した後に編集されています</translation></message><message><source>{path} was not written by Tsuji</source><translation>{path} は Tsuji が書いたファイルではありません</translation></message><message><source>{path} is a folder</source><translation>{path} はフォルダーです</translation></message><message><source>{path} is not a regular file (a pipe or a device?)</source><translation>{path} は通常のファイルではありません(パイプかデバイス?)</translation></message><message><source>profile setting {setting} = {pattern!r} is not a valid pattern ({e})</source><translation>プロファイルの設定 {setting} = {pattern!r} は正しいパターンではありません（{e}）</translation></message><message><source>{url}: the transfer was cut short: {got:,} of {declared:,} bytes arrived; try again</source><translation>{url}: 転送が途中で切れました({declared:,} バイト中 {got:,} バイトのみ受信)。やり直してください</translation></message><message><source>{url}: only http:// and https:// addresses can be fetched</source><translation>{url}: 取得できるのは http:// と https:// のアドレスだけです</translation></message><message><source>{url}: the server did not send the page within {deadline:.0f} s (too slow)</source><translation>{url}: サーバーが {deadline:.0f} 秒以内にページを送ってきませんでした（遅すぎます）</translation></message><message><source>{url}: the transfer was cut short; try again</source><translation>{url}: 転送が途中で切れました。やり直してください</translation></message><message><source>{full_url}: redirected to {newurl}, which is not a web address</source><translation>{full_url}: ウェブのアドレスではない {newurl} に転送されました</translation></message><message><source>{url}: the server answered {code} {reason}</source><translation>{url}: サーバーの応答は {code} {reason} でした</translation></message><message><source>{url}: cannot connect ({reason})</source><translation>{url}: 接続できません（{reason}）</translation></message><message><source>{url}: no answer within {timeout:.0f} s</source><translation>{url}: {timeout:.0f} 秒以内に応答がありません</translation></message><message><source>{url}: the server's answer is malformed ({e})</source><translation>{url}: サーバーの応答が壊れています（{e}）</translation></message><message><source>{url}: the connection failed ({e})</source><translation>{url}: 接続に失敗しました（{e}）</translation></message><message><source>{url}: the server sent {ctype}, not a web page</source><translation>{url}: サーバーが送ってきたのはウェブページではなく {ctype} です</translation></message><message><source>{url}: the page is {size_mb} MB, over the 20 MB limit</source><translation>{url}: ページが {size_mb} MB あり、上限の 20 MB を超えています</translation></message><message><source>{url}: too many redirects (more than {MAX_REDIRECTS})</source><translation>{url}: 転送が多すぎます（{MAX_REDIRECTS} 回を超えました）</translation></message><message><source>{url}: cannot find the server (offline?)</source><translation>{url}: サーバーが見つかりません（オフライン？）</translation></message><message><source>{url}: the server refused the connection</source><translation>{url}: サーバーが接続を拒否しました</translation></message><message><source>{url}: the server did not send the page in time (too slow)</source><translation>{url}: サーバーが時間内にページを送ってきませんでした（遅すぎます）</translation></message><message><source>{url}: the page is over the 20 MB limit</source><translation>{url}: ページが上限の 20 MB を超えています</translation></message><message><source>{url}: redirected to {target}, which is not a web address</source><translation>{url}: ウェブのアドレスではない {target} に転送されました</translation></message><message><source>{name}: {size:.0f} MB is too large for an article page (limit 20 MB)</source><translation>{name}: {size:.0f} MB は記事ページとして大きすぎます（上限 20 MB）</translation></message><message><source>{name}: the page is empty</source><translation>{name}: ページが空です</translation></message><message><source>{name}: not a web page (no HTML could be read)</source><translation>{name}: ウェブページではありません（HTML を読み取れません）</translation></message><message><source>{name}: no article found (the page “{seen}” has {words} words of text: a login wall, an error page or a list of links?)</source><translation>{name}: 記事が見つかりません（ページ「{seen}」の本文は {words} 語だけです。ログイン画面、エラーページ、リンク集のどれか？）</translation></message><message><source>{name}: this is {what}, not a web page</source><translation>{name}: ウェブページではなく {what} です</translation></message><message><source>{name}: this is a binary file, not a web page</source><translation>{name}: ウェブページではなくバイナリファイルです</translation></message><message><source>{name}: no article found (the page “{seen}” has one word of text: a login wall, an error page or a list of links?)</source><translation>{name}: 記事が見つかりません（ページ「{seen}」の本文は 1 語だけです。ログイン画面、エラーページ、リンク集のどれか？）</translation></message><message><source>{path}: unknown kind of file (Tsuji imports .html, .md and .txt files)</source><translation>{path}: 扱えない種類のファイルです（Tsuji が取り込めるのは .html、.md、.txt です）</translation></message><message><source>the clipboard holds no text</source><translation>クリップボードにテキストがありません</translation></message><message><source>{name}: no text found to translate</source><translation>{name}: 翻訳するテキストが見つかりません</translation></message><message><source>standard input: more than {limit_mb} MB is too large for an article</source><translation>標準入力: {limit_mb} MB を超えるものは記事として大きすぎます</translation></message><message><source>{lines} line(s) nested deeper than Tsuji reads ({levels} quote or list levels, {columns} columns of indentation) were flattened so that no text is lost</source><translation>深すぎる入れ子（引用やリストが {levels} 段、字下げが {columns} 桁を超えるもの）の {lines} 行は、文章を失わないよう平らにしました</translation></message><message><source>profile {path}: unknown settings {names}</source><translation>プロファイル {path}: 知らない設定があります: {names}</translation></message><message><source>profile {path}: front_matter must be one of {choices}</source><translation>プロファイル {path}: front_matter は {choices} のどれかにしてください</translation></message><message><source>profile {path}: path_pattern must be a plain relative path (no NUL, no ..)</source><translation>プロファイル {path}: path_pattern は単純な相対パスにしてください（NUL や .. は不可）</translation></message><message><source>profile {path}: path_pattern must contain {{slug}} and end in .md</source><translation>プロファイル {path}: path_pattern には {{slug}} を含め、.md で終えてください</translation></message><message><source>no profile named {name!r} (have: {available})</source><translation>{name!r} という名前のプロファイルはありません（あるもの: {available}）</translation></message><message><source>profile {path}: {e}</source><translation>プロファイル {path}: {e}</translation></message><message><source>profile {path}: {name} should be like {default!r}</source><translation>プロファイル {path}: {name} は {default!r} のような値にしてください</translation></message><message><source>profile {path}: {name} should be a list of texts</source><translation>プロファイル {path}: {name} は文字列のリストにしてください</translation></message><message><source>blogsync is not installed (or not on the PATH): install it and set up its blogsync.yaml to push from Tsuji; the post itself is exported</source><translation>blogsync がインストールされていません（または PATH にありません）。Tsuji から公開するには blogsync を入れて blogsync.yaml を設定してください。記事の書き出しは済んでいます</translation></message><message><source>blogsync push failed (exit status {returncode}): {last}</source><translation>blogsync push に失敗しました（終了コード {returncode}）: {last}</translation></message><message><source>blogsync did not finish within {timeout:.0f} s</source><translation>blogsync が {timeout:.0f} 秒以内に終わりませんでした</translation></message><message><source>blogsync could not be started: {reason}</source><translation>blogsync を起動できませんでした: {reason}</translation></message><message><source>blogsync pushed, but {post} cannot be read back: {e}</source><translation>blogsync で公開しましたが、{post} を読み戻せません: {e}</translation></message><message><source>saved page {name}</source><translation>保存されたページ {name}</translation></message><message><source>import cache</source><translation>取り込みのキャッシュ</translation></message><message><source>no saved page or cached copy (use --sources or --fetch)</source><translation>保存されたページもキャッシュもありません（--sources か --fetch を使ってください）</translation></message><message><source>fetched</source><translation>取得しました</translation></message><message><source>{path}: not a TMX file (the root element is &lt;{tag}&gt;)</source><translation>{path}: TMX ファイルではありません（ルート要素が &lt;{tag}&gt; です）</translation></message><message><source>{path}: not a valid TMX file ({e})</source><translation>{path}: 正しい TMX ファイルではありません（{e}）</translation></message><message><source>{name}: cannot tell the page's text encoding</source><translation>{name}: ページの文字コードを判別できません</translation></message><message><source>block {block} is not translated: {excerpt}</source><translation>ブロック {block} が未翻訳です: {excerpt}</translation></message><message><source>the post has no Japanese title</source><translation>記事に日本語のタイトルがありません</translation></message><message><source>the summary (✒️要約) is empty</source><translation>要約（✒️要約）が空です</translation></message><message><source>the glossary</source><translation>用語集</translation></message><message><source>{path}: no term pairs found (each line needs a term and its translation)</source><translation>{path}: 用語の組が見つかりません（各行に用語と訳語が必要です）</translation></message><message><source>{path}: not a readable term list ({e})</source><translation>{path}: 読める用語集ではありません（{e}）</translation></message><message><source>{engine}: an empty translation came back</source><translation>{engine}: 空の訳文が返ってきました</translation></message><message><source>{engine}: the answer is {n:,} characters for {m:,} of text; refused</source><translation>{engine}: {m:,} 文字の文に {n:,} 文字の応答が返ったため受け付けませんでした</translation></message><message><source>{engine}: the answer is not in Japanese; refused</source><translation>{engine}: 応答が日本語ではないため受け付けませんでした</translation></message><message><source>{name}: {model} answers</source><translation>{name}: {model} が応答しました</translation></message><message><source>{name} answered {status}: {says}</source><translation>{name} の応答 {status}: {says}</translation></message><message><source>{name} answers with {n} model(s); pick one</source><translation>{name} は {n} 個のモデルを提供しています。1つ選んでください</translation></message><message><source>{name}: no model chosen; pick one in the translation settings</source><translation>{name}: モデルが選ばれていません。翻訳の設定で選んでください</translation></message><message><source>{name}: {error}</source><translation>{name}: {error}</translation></message><message><source>{name}: the answer held no translation</source><translation>{name}: 応答に訳文がありませんでした</translation></message><message><source>{name} refused the API key ({status}); check it in the settings</source><translation>{name} が API キーを拒否しました({status})。設定を確認してください</translation></message><message><source>{name} has no model {model!r}: {says}</source><translation>{name} にモデル {model!r} がありません: {says}</translation></message><message><source>for Ollama's OpenAI-compatible API the address ends in /v1</source><translation>Ollama の OpenAI 互換 API のアドレスは /v1 で終わります</translation></message><message><source>is this an Ollama server?</source><translation>Ollama のサーバーですか?</translation></message><message><source>{name}: {url} was not found ({hint})</source><translation>{name}: {url} が見つかりません({hint})</translation></message><message><source>{name}: too many requests; wait a little and try again</source><translation>{name}: リクエストが多すぎます。少し待ってやり直してください</translation></message><message><source>{name}: the list of models was not in the expected form</source><translation>{name}: モデルの一覧が想定した形式ではありません</translation></message><message><source>{name} has no model {model!r}; it has: {found}</source><translation>{name} にモデル {model!r} はありません。あるのは: {found}</translation></message><message><source>{name}: {model} gave an empty answer</source><translation>{name}: {model} の応答が空でした</translation></message><message><source>{name}: the answer was not JSON</source><translation>{name}: 応答が JSON ではありません</translation></message><message><source>{engine}: no summary points came back</source><translation>{engine}: 要約の項目が返ってきませんでした</translation></message><message><source>{url} is not an http:// or https:// address</source><translation>{url} は http:// または https:// のアドレスではありません</translation></message><message><source>{name} did not answer within {timeout:.0f} s</source><translation>{name} が {timeout:.0f} 秒以内に応答しませんでした</translation></message><message><source>cannot reach {name} at {host}: is the server running?</source><translation>{host} の {name} に接続できません。サーバーは起動していますか?</translation></message><message><source>cannot reach {name}: {error}</source><translation>{name} に接続できません: {error}</translation></message><message><source>{name}: the server broke the exchange ({error})</source><translation>{name}: サーバーが通信を途中で切りました({error})</translation></message><message><source>cancelled</source><translation>取り消しました</translation></message><message><source>{name}: the answer was over {mb} MB; refused</source><translation>{name}: 応答が {mb} MB を超えたため受け付けませんでした</translation></message><message><source>the translation memory</source><translation>翻訳メモリ</translation></message><message><source>unknown engine {engine!r} (engines: {engines})</source><translation>知らない翻訳エンジン {engine!r} です（使えるもの: {engines}）</translation></message><message><source>{name}: {kind}: {e}</source><translation>{name}: {kind}: {e}</translation></message><message><source>cannot reach {name}: offline, or the server is down</source><translation>{name} に届きません。オフラインか、サーバーが止まっています</translation></message><message><source>{name} refused the API key; check it in the settings</source><translation>{name} が API キーを受け付けません。設定で確かめてください</translation></message><message><source>{name}: the text is too long for one request</source><translation>{name}: 1 回のリクエストには長すぎるテキストです</translation></message><message><source>{name} does not translate this language pair</source><translation>{name} はこの言語の組を翻訳できません</translation></message><message><source>{name}: {text}</source><translation>{name}: {text}</translation></message><message><source>{name}: no translation came back</source><translation>{name}: 訳文が返ってきませんでした</translation></message><message><source>{engine} translates a block with the article around it: use Translate in the window or tsuji pretranslate</source><translation>{engine} は記事の前後とともにブロックを訳します。ウィンドウの翻訳か tsuji pretranslate を使ってください</translation></message><message><source>{engine} needs an API key; set it in the settings</source><translation>{engine} には API キーが必要です。設定で入力してください</translation></message><message><source>LibreTranslate needs the server's URL; set it in the settings</source><translation>LibreTranslate にはサーバーの URL が必要です。設定で入力してください</translation></message><message><source>too many requests; wait a little and try again</source><translation>リクエストが多すぎます。少し待ってやり直してください</translation></message><message><source>the API key is not valid</source><translation>API キーが正しくありません</translation></message><message><source>the API key is blocked</source><translation>API キーが停止されています</translation></message><message><source>the text is too long</source><translation>テキストが長すぎます</translation></message><message><source>this language pair is not supported</source><translation>この言語の組には対応していません</translation></message><message><source>the service is not available</source><translation>サービスを利用できません</translation></message><message><source>the server failed ({code})</source><translation>サーバーでエラーが起きました（{code}）</translation></message><message><source>the machine-translation cache</source><translation>機械翻訳のキャッシュ</translation></message><message><source>{origin}: not a prh dictionary (no list of rules)</source><translation>{origin}: prh の辞書ではありません(rules の一覧がありません)</translation></message><message><source>{origin}: rule {n} has no expected spelling</source><translation>{origin}: 規則 {n} に expected(正しい表記)がありません</translation></message><message><source>{origin}: rule {n}: {e}</source><translation>{origin}: 規則 {n}: {e}</translation></message><message><source>{origin}: rule {n} turns {src!r} into {got!r}, its spec says {want!r}</source><translation>{origin}: 規則 {n} は {src!r} を {got!r} にしますが、specs では {want!r} です</translation></message><message><source>style {name}: [rules] should be a table</source><translation>スタイル {name}: [rules] はテーブルにしてください</translation></message><message><source>style {name}: unknown rules {names}</source><translation>スタイル {name}: 知らない規則があります: {names}</translation></message><message><source>no style named {name!r} (have: {available})</source><translation>{name!r} という名前のスタイルはありません（あるもの: {available}）</translation></message><message><source>style {name}: {id} has no option {names}</source><translation>スタイル {name}: {id} には {names} という設定はありません</translation></message><message><source>style {path}: {e}</source><translation>スタイル {path}: {e}</translation></message><message><source>style {name}: {id}: severity is error, warning or hint</source><translation>スタイル {name}: {id}: severity は error、warning、hint のどれかです</translation></message><message><source>style {name}: {id}.{key} should be like {default!r}</source><translation>スタイル {name}: {id}.{key} は {default!r} のような値にしてください</translation></message><message><source>style {name}: {id}.{key} should be more than 0 (it is {value})</source><translation>スタイル {name}: {id}.{key} は 0 より大きい値にしてください(今は {value})</translation></message><message><source>{path} (readable by you alone)</source><translation>{path}（あなただけが読めます）</translation></message><message><source>the system keyring</source><translation>システムのキーリング</translation></message><message><source>{path} (in your Windows profile: other users of this computer cannot read it)</source><translation>{path} (Windows のユーザープロファイル内: このコンピューターの他のユーザーは読めません)</translation></message><message><source>no source card ([URL:embed:cite])</source><translation>原文のカード（[URL:embed:cite]）がありません</translation></message><message><source>source not found: {where}</source><translation>原文が見つかりません: {where}</translation></message><message><source>nothing to align (an empty body or source)</source><translation>対応づけるものがありません（本文か原文が空です）</translation></message><message><source>cannot be read ({e})</source><translation>読み込めません（{e}）</translation></message><message><source>no blog folder: give {option} DIR, or set one in the window's export settings</source><translation>ブログのフォルダーがありません: {option} DIR で指定するか、ウィンドウの書き出し設定で設定してください</translation></message><message><source>{option} takes the blog folder, and {path} is a file</source><translation>{option} にはブログのフォルダーを指定します。{path} はファイルです</translation></message><message><source>blog folder {path} does not exist</source><translation>ブログのフォルダー {path} がありません</translation></message><message><source>{path}: {e}</source><translation>{path}: {e}</translation></message><message><source>{path}: not valid YAML ({e})</source><translation>{path}: YAML として読めません({e})</translation></message><message><source>the project has no source URL: give the page (a saved file or a URL)</source><translation>このプロジェクトには原文の URL がありません: ページ(保存したファイルか URL)を指定してください</translation></message></context></TS>
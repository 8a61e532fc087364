<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ja_JP">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../editor/ui/actions.py" line="93" />
        <source>&amp;New</source>
        <translation>新規(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="94" />
        <source>&amp;Open…</source>
        <translation>開く(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="95" />
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="96" />
        <source>Save &amp;As…</source>
        <translation>名前を付けて保存(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="97" />
        <source>&amp;Import Article…</source>
        <translation>記事の取り込み(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="98" />
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="99" />
        <source>Import from &amp;URL…</source>
        <translation>URL から取り込む(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="100" />
        <source>Import from the &amp;Clipboard</source>
        <translation>クリップボードから取り込む(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="101" />
        <source>&amp;Export to Blog</source>
        <translation>ブログへ書き出す(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="102" />
        <source>Export &amp;Settings…</source>
        <translation>書き出しの設定(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="103" />
        <source>&amp;Push with blogsync</source>
        <translation>blogsync でプッシュ(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="104" />
        <source>Open on the Blog</source>
        <translation>ブログで開く</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="105" />
        <source>Open the Blog's Preview</source>
        <translation>ブログのプレビューを開く</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="106" />
        <source>&amp;Find…</source>
        <translation>検索(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="107" />
        <source>&amp;Replace…</source>
        <translation>置換(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="108" />
        <source>Copy Source to Translation</source>
        <translation>原文を訳文にコピー</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="109" />
        <source>Copy as &amp;Markdown</source>
        <translation>Markdown としてコピー(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="110" />
        <source>Copy as &amp;HTML</source>
        <translation>HTML としてコピー(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="111" />
        <source>Mark Done and Go to Next</source>
        <translation>完了にして次へ</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="112" />
        <source>Previous Block</source>
        <translation>前のブロック</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="113" />
        <source>Next Block</source>
        <translation>次のブロック</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="114" />
        <source>Previous Untranslated</source>
        <translation>前の未翻訳</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="115" />
        <source>Next Untranslated</source>
        <translation>次の未翻訳</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="116" />
        <source>Tag/Untag as Quote</source>
        <translation>引用の設定/解除</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="117" />
        <source>Merge with Next Block</source>
        <translation>次のブロックと結合</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="118" />
        <source>Split Block at Cursor</source>
        <translation>カーソル位置で分割</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="119" />
        <source>Omit from Export / Include</source>
        <translation>書き出しから除外/含める</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="120" />
        <source>Translator's Note…</source>
        <translation>訳注…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="121" />
        <source>Larger Text</source>
        <translation>文字を大きく</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="122" />
        <source>Article Details</source>
        <translation>記事の詳細</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="123" />
        <source>Link Selected Words as in the Source…</source>
        <translation>選択した語に原文のリンクを付ける…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="124" />
        <source>Show/Hide Summary</source>
        <translation>要約の表示/非表示</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="125" />
        <source>Show/Hide Preview</source>
        <translation>プレビューの表示/非表示</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="126" />
        <source>Show/Hide Suggestions</source>
        <translation>候補の表示/非表示</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="127" />
        <source>Show/Hide Problems</source>
        <translation>問題の表示/非表示</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="128" />
        <source>Smaller Text</source>
        <translation>文字を小さく</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="129" />
        <source>Machine-Translate Block</source>
        <translation>ブロックを機械翻訳</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="130" />
        <source>Pre-translate All Untranslated…</source>
        <translation>未翻訳をすべて事前翻訳…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="131" />
        <source>Add Term to Glossary…</source>
        <translation>用語集に追加…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="132" />
        <source>Translation Settings…</source>
        <translation>翻訳の設定…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="133" />
        <source>Update Source…</source>
        <translation>原文を更新…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="134" />
        <source>Build Memory from Blog…</source>
        <translation>ブログから翻訳メモリを作成…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="135" />
        <source>Next Problem</source>
        <translation>次の問題</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="136" />
        <source>Previous Problem</source>
        <translation>前の問題</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="137" />
        <source>Fix Problem</source>
        <translation>問題を修正</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="138" />
        <source>Ignore Problem in This Block</source>
        <translation>このブロックでは問題を無視</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="139" />
        <source>&amp;Keyboard Shortcuts</source>
        <translation>キーボードショートカット(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="140" />
        <source>&amp;About Tsuji</source>
        <translation>Tsuji について(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="141" />
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="142" />
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="143" />
        <source>&amp;Block</source>
        <translation>ブロック(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="144" />
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="145" />
        <source>&amp;Assist</source>
        <translation>支援(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="146" />
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="147" />
        <source>Open &amp;Recent</source>
        <translation>最近使ったファイル(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="148" />
        <source>Interface &amp;Language</source>
        <translation>表示言語(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="149" />
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="150" />
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="153" />
        <source>Insert Memory Match %1</source>
        <translation>メモリの候補 %1 を挿入</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="157" />
        <source>Insert Glossary Term %1</source>
        <translation>用語 %1 を挿入</translation>
    </message>
</context>
<context>
    <name>AssistPanel</name>
    <message>
        <location filename="../../editor/ui/assist_panel.py" line="26" />
        <source>Machine translation</source>
        <translation>機械翻訳</translation>
    </message>
    <message>
        <location filename="../../editor/ui/assist_panel.py" line="31" />
        <source>Translate (Ctrl+Shift+T)</source>
        <translation>翻訳する (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/assist_panel.py" line="34" />
        <source>Retry now</source>
        <translation>今すぐ再試行</translation>
    </message>
    <message>
        <location filename="../../editor/ui/assist_panel.py" line="46" />
        <source>Search the memory (concordance)</source>
        <translation>メモリを検索(コンコーダンス)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/assist_panel.py" line="54" />
        <source>Translation memory (Ctrl+1, Ctrl+2, Ctrl+3 insert)</source>
        <translation>翻訳メモリ(Ctrl+1、Ctrl+2、Ctrl+3 で挿入)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/assist_panel.py" line="56" />
        <source>Glossary (Alt+1 … Alt+9 insert)</source>
        <translation>用語集(Alt+1 … Alt+9 で挿入)</translation>
    </message>
</context>
<context>
    <name>Assistance</name>
    <message>
        <location filename="../../editor/ui/assist_dialogs.py" line="19" />
        <source>Add term to glossary</source>
        <translation>用語集に追加</translation>
    </message>
    <message>
        <location filename="../../editor/ui/assist_dialogs.py" line="26" />
        <source>Term</source>
        <translation>用語</translation>
    </message>
    <message>
        <location filename="../../editor/ui/assist_dialogs.py" line="27" />
        <source>Translation</source>
        <translation>訳語</translation>
    </message>
    <message>
        <location filename="../../editor/ui/assist_dialogs.py" line="28" />
        <source>Note</source>
        <translation>訳注</translation>
    </message>
    <message>
        <location filename="../../editor/ui/assist_dialogs.py" line="41" />
        <source>Translation settings</source>
        <translation>翻訳の設定</translation>
    </message>
    <message>
        <location filename="../../editor/ui/assist_dialogs.py" line="56" />
        <source>Keys are kept in %1.</source>
        <translation>キーの保存先: %1</translation>
    </message>
    <message>
        <location filename="../../editor/ui/assist_dialogs.py" line="61" />
        <source>Engine</source>
        <translation>エンジン</translation>
    </message>
    <message>
        <location filename="../../editor/ui/assist_dialogs.py" line="62" />
        <source>Server URL (LibreTranslate)</source>
        <translation>サーバー URL(LibreTranslate)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/assist_dialogs.py" line="63" />
        <source>Region (Microsoft)</source>
        <translation>リージョン(Microsoft)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/assist_dialogs.py" line="64" />
        <source>API key</source>
        <translation>API キー</translation>
    </message>
    <message>
        <location filename="../../editor/ui/assist_dialogs.py" line="65" />
        <source>Timeout (seconds)</source>
        <translation>タイムアウト(秒)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/assist_dialogs.py" line="83" />
        <source>Saved; the key is kept in %1</source>
        <translation>保存しました。キーの保存先: %1</translation>
    </message>
    <message>
        <location filename="../../editor/ui/assist_ui.py" line="46" />
        <source>Suggestions</source>
        <translation>候補</translation>
    </message>
    <message>
        <location filename="../../editor/ui/assist_ui.py" line="123" />
        <source>Translating…</source>
        <translation>翻訳中…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/assist_ui.py" line="129" />
        <source>from the cache</source>
        <translation>キャッシュから</translation>
    </message>
    <message>
        <location filename="../../editor/ui/assist_ui.py" line="149" />
        <location filename="../../editor/ui/assist_ui.py" line="155" />
        <source>Offline: machine translation is off until the network is back</source>
        <translation>オフライン: ネットワークが戻るまで機械翻訳は使えません</translation>
    </message>
    <message>
        <location filename="../../editor/ui/assist_ui.py" line="165" />
        <source>Back online: machine translation is available</source>
        <translation>オンラインに戻りました: 機械翻訳が使えます</translation>
    </message>
    <message>
        <location filename="../../editor/ui/assist_ui.py" line="217" />
        <source>Added to the glossary: %1</source>
        <translation>用語集に追加しました: %1</translation>
    </message>
    <message>
        <location filename="../../editor/ui/assist_ui.py" line="253" />
        <source>Pre-translation needs the network, and Tsuji is offline</source>
        <translation>一括機械翻訳にはネットワークが必要ですが、現在オフラインです</translation>
    </message>
    <message>
        <location filename="../../editor/ui/assist_ui.py" line="262" />
        <source>Nothing to pre-translate</source>
        <translation>事前翻訳するものはありません</translation>
    </message>
    <message>
        <location filename="../../editor/ui/assist_ui.py" line="267" />
        <source>Pre-translating…</source>
        <translation>事前翻訳中…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/assist_ui.py" line="268" />
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../../editor/ui/assist_ui.py" line="306" />
        <location filename="../../editor/ui/assist_ui.py" line="322" />
        <source>Pre-translate</source>
        <translation>事前翻訳</translation>
    </message>
    <message>
        <location filename="../../editor/ui/assist_ui.py" line="311" />
        <source>%1 block(s) translated, %2 failed</source>
        <translation>%1 ブロックを翻訳、%2 件失敗</translation>
    </message>
    <message>
        <location filename="../../editor/ui/assist_ui.py" line="316" />
        <source>%1 not tried</source>
        <translation>%1 件は未実行</translation>
    </message>
</context>
<context>
    <name>BlockDelegate</name>
    <message>
        <location filename="../../editor/ui/panes.py" line="363" />
        <source>(image: no translation needed)</source>
        <translation>(画像: 翻訳は不要です)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/panes.py" line="365" />
        <source>(not translated yet)</source>
        <translation>(未翻訳)</translation>
    </message>
</context>
<context>
    <name>BlockModel</name>
    <message>
        <location filename="../../editor/ui/document.py" line="50" />
        <source>Translator's note: %1</source>
        <translation>訳注: %1</translation>
    </message>
</context>
<context>
    <name>BlockOps</name>
    <message>
        <location filename="../../editor/ui/block_ops.py" line="80" />
        <source>No more untranslated or changed blocks</source>
        <translation>未訳または原文が変わったブロックはもうありません</translation>
    </message>
    <message>
        <location filename="../../editor/ui/block_ops.py" line="91" />
        <source>Type a translation before marking the block done</source>
        <translation>完了にする前に訳文を入力してください</translation>
    </message>
    <message>
        <location filename="../../editor/ui/block_ops.py" line="95" />
        <source>Mark done</source>
        <translation>完了にする</translation>
    </message>
    <message>
        <location filename="../../editor/ui/block_ops.py" line="114" />
        <source>Copy source to translation</source>
        <translation>原文を訳文にコピー</translation>
    </message>
    <message>
        <location filename="../../editor/ui/block_ops.py" line="115" />
        <source>Replace this block's translation with its source text?</source>
        <translation>このブロックの訳文を原文で置き換えますか?</translation>
    </message>
    <message>
        <location filename="../../editor/ui/block_ops.py" line="119" />
        <source>Replace</source>
        <translation>置換</translation>
    </message>
    <message>
        <location filename="../../editor/ui/block_ops.py" line="160" />
        <source>Translator's note</source>
        <translation>訳注</translation>
    </message>
    <message>
        <location filename="../../editor/ui/block_ops.py" line="161" />
        <source>Note (訳注):</source>
        <translation>訳注:</translation>
    </message>
    <message>
        <location filename="../../editor/ui/block_ops.py" line="182" />
        <source>The source of this block has no links</source>
        <translation>このブロックの原文にはリンクがありません</translation>
    </message>
    <message>
        <location filename="../../editor/ui/block_ops.py" line="187" />
        <source>Select the words of the draft to link first</source>
        <translation>先にリンクする訳文の語を選択してください</translation>
    </message>
    <message>
        <location filename="../../editor/ui/block_ops.py" line="192" />
        <source>Link</source>
        <translation>リンク</translation>
    </message>
    <message>
        <location filename="../../editor/ui/block_ops.py" line="193" />
        <source>Which of the source's links should “%1” carry?</source>
        <translation>「%1」にどの原文のリンクを付けますか?</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../editor/ui/dialogs.py" line="35" />
        <source>Keyboard Shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs.py" line="39" />
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs.py" line="39" />
        <source>Keys</source>
        <translation>キー</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <location filename="../../editor/ui/document.py" line="145" />
        <source>Edit translation</source>
        <translation>訳文の編集</translation>
    </message>
    <message>
        <location filename="../../editor/ui/document.py" line="146" />
        <source>Mark done</source>
        <translation>完了にする</translation>
    </message>
    <message>
        <location filename="../../editor/ui/document.py" line="147" />
        <source>Tag as quote</source>
        <translation>引用にする</translation>
    </message>
    <message>
        <location filename="../../editor/ui/document.py" line="148" />
        <source>Untag quote</source>
        <translation>引用を解除</translation>
    </message>
    <message>
        <location filename="../../editor/ui/document.py" line="149" />
        <source>Merge blocks</source>
        <translation>ブロックの結合</translation>
    </message>
    <message>
        <location filename="../../editor/ui/document.py" line="150" />
        <source>Split block</source>
        <translation>ブロックの分割</translation>
    </message>
    <message>
        <location filename="../../editor/ui/document.py" line="151" />
        <source>Move block</source>
        <translation>ブロックの移動</translation>
    </message>
    <message>
        <location filename="../../editor/ui/document.py" line="152" />
        <source>Omit from export</source>
        <translation>書き出しから除外</translation>
    </message>
    <message>
        <location filename="../../editor/ui/document.py" line="153" />
        <source>Include in export</source>
        <translation>書き出しに含める</translation>
    </message>
    <message>
        <location filename="../../editor/ui/document.py" line="154" />
        <source>Edit article details</source>
        <translation>記事情報の編集</translation>
    </message>
    <message>
        <location filename="../../editor/ui/document.py" line="155" />
        <source>Edit summary</source>
        <translation>要約の編集</translation>
    </message>
    <message>
        <location filename="../../editor/ui/document.py" line="156" />
        <source>Edit note</source>
        <translation>訳注の編集</translation>
    </message>
    <message>
        <location filename="../../editor/ui/document.py" line="157" />
        <source>Machine translation</source>
        <translation>機械翻訳</translation>
    </message>
    <message>
        <location filename="../../editor/ui/document.py" line="158" />
        <source>Proofreading fix</source>
        <translation>校正の修正</translation>
    </message>
    <message>
        <location filename="../../editor/ui/document.py" line="159" />
        <source>Ignore finding</source>
        <translation>指摘を無視</translation>
    </message>
    <message>
        <location filename="../../editor/ui/document.py" line="160" />
        <source>Update source</source>
        <translation>原文の更新</translation>
    </message>
</context>
<context>
    <name>DraftEditor</name>
    <message>
        <location filename="../../editor/ui/panes.py" line="237" />
        <source>Type the translation…</source>
        <translation>訳文を入力…</translation>
    </message>
</context>
<context>
    <name>ExportFlow</name>
    <message>
        <location filename="../../editor/ui/export_ui.py" line="72" />
        <source>… and %1 more</source>
        <translation>…ほか %1 件</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_ui.py" line="74" />
        <source>Before exporting</source>
        <translation>書き出しの前に</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_ui.py" line="74" />
        <source>Export anyway</source>
        <translation>それでも書き出す</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_ui.py" line="93" />
        <source>Export refused</source>
        <translation>書き出しを拒否しました</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_ui.py" line="118" />
        <source>block %1</source>
        <translation>ブロック %1</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_ui.py" line="124" />
        <source>%1 was edited since Tsuji exported it (the differences are under Details).</source>
        <translation>%1 は Tsuji が書き出した後に編集されています(違いは「詳細」にあります)。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_ui.py" line="126" />
        <source>%1 was not written by Tsuji.</source>
        <translation>%1 は Tsuji が書いたファイルではありません。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_ui.py" line="130" />
        <source>Overwrite it? The old file is kept in Tsuji's backups, not in the blog folder.</source>
        <translation>上書きしますか? 古いファイルはブログフォルダではなく Tsuji のバックアップに保存されます。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_ui.py" line="133" />
        <source>Overwrite?</source>
        <translation>上書きしますか?</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_ui.py" line="133" />
        <source>Overwrite</source>
        <translation>上書き</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_ui.py" line="140" />
        <source>The file it replaced is kept as
%1</source>
        <translation>置き換えたファイルの保存先:
%1</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_ui.py" line="141" />
        <source>Exported to %1</source>
        <translation>%1 に書き出しました</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_ui.py" line="87" />
        <location filename="../../editor/ui/export_ui.py" line="96" />
        <source>Export failed</source>
        <translation>書き出しに失敗しました</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_ui.py" line="138" />
        <source>The post was written to
%1</source>
        <translation>記事を書き出しました:
%1</translation>
    </message>
</context>
<context>
    <name>ExportSettings</name>
    <message>
        <location filename="../../editor/ui/export_ui.py" line="153" />
        <location filename="../../editor/ui/export_ui.py" line="269" />
        <source>Export settings</source>
        <translation>書き出しの設定</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_ui.py" line="156" />
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_ui.py" line="173" />
        <source>Blogs set up</source>
        <translation>設定済みのブログ</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_ui.py" line="176" />
        <location filename="../../editor/ui/export_ui.py" line="219" />
        <location filename="../../editor/ui/export_ui.py" line="278" />
        <source>Blog folder</source>
        <translation>ブログのフォルダ</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_ui.py" line="177" />
        <location filename="../../editor/ui/export_ui.py" line="227" />
        <location filename="../../editor/ui/export_ui.py" line="284" />
        <source>Profile</source>
        <translation>プロファイル</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_ui.py" line="179" />
        <source>Title pattern</source>
        <translation>タイトルの書式</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_ui.py" line="180" />
        <source>Byline pattern</source>
        <translation>署名の書式</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_ui.py" line="181" />
        <source>Date format</source>
        <translation>日付の書式</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_ui.py" line="182" />
        <source>Summary heading</source>
        <translation>要約の見出し</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_ui.py" line="183" />
        <source>Bullet</source>
        <translation>箇条書きの記号</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_ui.py" line="184" />
        <source>Summary point</source>
        <translation>要約の項目</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_ui.py" line="185" />
        <source>Body heading</source>
        <translation>本文の見出し</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_ui.py" line="194" />
        <source>comma-separated</source>
        <translation>カンマ区切り</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_ui.py" line="195" />
        <source>Default categories</source>
        <translation>既定のカテゴリー</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_ui.py" line="196" />
        <source>Mark posts as drafts</source>
        <translation>下書きとして書き出す</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_ui.py" line="200" />
        <source>Summary point warning length</source>
        <translation>要約項目の警告文字数</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_ui.py" line="205" />
        <source>Sample</source>
        <translation>見本</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_ui.py" line="262" />
        <source>Pattern error: %1</source>
        <translation>書式の誤り: %1</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_ui.py" line="269" />
        <source>Discard the blog folder you typed?</source>
        <translation>入力したブログフォルダを破棄しますか?</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_ui.py" line="269" />
        <source>Discard</source>
        <translation>破棄</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_ui.py" line="278" />
        <source>Choose an existing folder for the blog.</source>
        <translation>ブログの既存のフォルダを選んでください。</translation>
    </message>
</context>
<context>
    <name>FileOps</name>
    <message>
        <location filename="../../editor/ui/files.py" line="43" />
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <location filename="../../editor/ui/files.py" line="51" />
        <source>Import article</source>
        <translation>記事の取り込み</translation>
    </message>
    <message>
        <location filename="../../editor/ui/files.py" line="70" />
        <source>Already open</source>
        <translation>すでに開かれています</translation>
    </message>
    <message>
        <location filename="../../editor/ui/files.py" line="71" />
        <source>%1 is open in another Tsuji (process %2). Open it here too?</source>
        <translation>%1 は別の Tsuji(プロセス %2)で開かれています。ここでも開きますか?</translation>
    </message>
    <message>
        <location filename="../../editor/ui/files.py" line="80" />
        <source>Cannot open</source>
        <translation>開けません</translation>
    </message>
    <message>
        <location filename="../../editor/ui/files.py" line="85" />
        <source>This is the shipped sample: Save As to keep a copy</source>
        <translation>これは同梱の見本です。残すには「名前を付けて保存」してください</translation>
    </message>
    <message>
        <location filename="../../editor/ui/files.py" line="103" />
        <location filename="../../editor/ui/files.py" line="157" />
        <source>Cannot import</source>
        <translation>取り込めません</translation>
    </message>
    <message>
        <location filename="../../editor/ui/files.py" line="110" />
        <source>Imported %1</source>
        <translation>%1 を取り込みました</translation>
    </message>
    <message>
        <location filename="../../editor/ui/files.py" line="112" />
        <source>Imported with changes</source>
        <translation>変更を加えて取り込みました</translation>
    </message>
    <message>
        <location filename="../../editor/ui/files.py" line="128" />
        <source>Translated before</source>
        <translation>翻訳済みの記事</translation>
    </message>
    <message>
        <location filename="../../editor/ui/files.py" line="129" />
        <source>The blog already has a translation of this article:</source>
        <translation>この記事の翻訳はすでにブログにあります:</translation>
    </message>
    <message>
        <location filename="../../editor/ui/files.py" line="144" />
        <source>Importing %1…</source>
        <translation>%1 を取り込み中…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/files.py" line="152" />
        <source>Import of %1 cancelled</source>
        <translation>%1 の取り込みを取り消しました</translation>
    </message>
    <message>
        <location filename="../../editor/ui/files.py" line="164" />
        <source>Import from URL</source>
        <translation>URL から取り込む</translation>
    </message>
    <message>
        <location filename="../../editor/ui/files.py" line="164" />
        <source>Address of the article:</source>
        <translation>記事のアドレス:</translation>
    </message>
    <message>
        <location filename="../../editor/ui/files.py" line="179" />
        <source>Import from the clipboard</source>
        <translation>クリップボードから取り込む</translation>
    </message>
    <message>
        <location filename="../../editor/ui/files.py" line="179" />
        <source>The clipboard holds no text.</source>
        <translation>クリップボードにテキストがありません。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/files.py" line="185" />
        <source>the clipboard</source>
        <translation>クリップボード</translation>
    </message>
    <message>
        <location filename="../../editor/ui/files.py" line="204" />
        <source>Save As</source>
        <translation>名前を付けて保存</translation>
    </message>
    <message>
        <location filename="../../editor/ui/files.py" line="221" />
        <source>Changed on disk</source>
        <translation>ディスク上で変更されました</translation>
    </message>
    <message>
        <location filename="../../editor/ui/files.py" line="223" />
        <source>%1 was changed by another program since Tsuji opened it.
Overwrite it with your version? (The other version is kept as .bak.)</source>
        <translation>%1 は Tsuji で開いた後に別のプログラムで変更されました。
こちらの内容で上書きしますか?(もう一方は .bak として残ります)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/files.py" line="235" />
        <source>Cannot save</source>
        <translation>保存できません</translation>
    </message>
    <message>
        <location filename="../../editor/ui/files.py" line="263" />
        <source>Autosave failed: %1</source>
        <translation>自動保存に失敗しました: %1</translation>
    </message>
    <message>
        <location filename="../../editor/ui/files.py" line="270" />
        <source>Unsaved changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <location filename="../../editor/ui/files.py" line="271" />
        <source>Save the changes to %1?</source>
        <translation>%1 への変更を保存しますか?</translation>
    </message>
    <message>
        <location filename="../../editor/ui/files.py" line="272" />
        <source>Untitled</source>
        <translation>無題</translation>
    </message>
    <message>
        <location filename="../../editor/ui/files.py" line="286" />
        <source>an untitled document</source>
        <translation>無題の文書</translation>
    </message>
    <message>
        <location filename="../../editor/ui/files.py" line="288" />
        <source>Restore unsaved work?</source>
        <translation>保存されていない作業を復元しますか?</translation>
    </message>
    <message>
        <location filename="../../editor/ui/files.py" line="289" />
        <source>Tsuji did not close normally. Restore %1 as autosaved at %2?</source>
        <translation>Tsuji は正常に終了しませんでした。%2 に自動保存された %1 を復元しますか?</translation>
    </message>
    <message>
        <location filename="../../editor/ui/files.py" line="301" />
        <source>Cannot restore</source>
        <translation>復元できません</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../editor/ui/findbar.py" line="38" />
        <source>Find</source>
        <translation>検索</translation>
    </message>
    <message>
        <location filename="../../editor/ui/findbar.py" line="41" />
        <source>Replace in drafts with</source>
        <translation>訳文の置換後の文字列</translation>
    </message>
    <message>
        <location filename="../../editor/ui/findbar.py" line="51" />
        <source>Whole word</source>
        <translation>単語単位</translation>
    </message>
    <message>
        <location filename="../../editor/ui/findbar.py" line="46" />
        <source>Options</source>
        <translation>オプション</translation>
    </message>
    <message>
        <location filename="../../editor/ui/findbar.py" line="49" />
        <source>Regular expression</source>
        <translation>正規表現</translation>
    </message>
    <message>
        <location filename="../../editor/ui/findbar.py" line="50" />
        <source>Match case</source>
        <translation>大文字と小文字を区別</translation>
    </message>
    <message>
        <location filename="../../editor/ui/findbar.py" line="53" />
        <source>Search the source</source>
        <translation>原文を検索</translation>
    </message>
    <message>
        <location filename="../../editor/ui/findbar.py" line="54" />
        <source>Search the drafts</source>
        <translation>訳文を検索</translation>
    </message>
    <message>
        <location filename="../../editor/ui/findbar.py" line="63" />
        <source>Previous</source>
        <translation>前へ</translation>
    </message>
    <message>
        <location filename="../../editor/ui/findbar.py" line="64" />
        <source>Next</source>
        <translation>次へ</translation>
    </message>
    <message>
        <location filename="../../editor/ui/findbar.py" line="65" />
        <source>Replace</source>
        <translation>置換</translation>
    </message>
    <message>
        <location filename="../../editor/ui/findbar.py" line="66" />
        <source>Replace all</source>
        <translation>すべて置換</translation>
    </message>
    <message>
        <location filename="../../editor/ui/findbar.py" line="74" />
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../../editor/ui/findbar.py" line="124" />
        <source>Bad pattern: %1</source>
        <translation>パターンが不正です: %1</translation>
    </message>
</context>
<context>
    <name>FindOps</name>
    <message>
        <location filename="../../editor/ui/find_ops.py" line="59" />
        <location filename="../../editor/ui/find_ops.py" line="147" />
        <source>Not found</source>
        <translation>見つかりません</translation>
    </message>
    <message>
        <location filename="../../editor/ui/find_ops.py" line="61" />
        <source>1 match</source>
        <translation>1 件</translation>
    </message>
    <message>
        <location filename="../../editor/ui/find_ops.py" line="63" />
        <source>%1 matches</source>
        <translation>%1 件</translation>
    </message>
    <message>
        <location filename="../../editor/ui/find_ops.py" line="153" />
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../../editor/ui/find_ops.py" line="180" />
        <source>Replace all</source>
        <translation>すべて置換</translation>
    </message>
    <message>
        <location filename="../../editor/ui/find_ops.py" line="199" />
        <source>Replaced in block %1</source>
        <translation>ブロック %1 で置換しました</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../editor/ui/main_window.py" line="237" />
        <source>Main toolbar</source>
        <translation>メインツールバー</translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="333" />
        <source>&amp;Undo %1</source>
        <translation>元に戻す: %1(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="336" />
        <source>&amp;Redo %1</source>
        <translation>やり直す: %1(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="422" />
        <source>The new language is used from the next start.</source>
        <translation>新しい言語は次回の起動から使われます。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="404" />
        <source>About Tsuji</source>
        <translation>Tsuji について</translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="405" />
        <source>Tsuji %1 — a translation editor for blog posts.</source>
        <translation>Tsuji %1 — ブログ記事のための翻訳エディタ</translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="457" />
        <source>Done %1/%2 (%3%)</source>
        <translation>完了 %1/%2 (%3%)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="463" />
        <source>Draft %1 characters · source %2 words</source>
        <translation>訳文 %1 字 · 原文 %2 語</translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="468" />
        <source>Unsaved changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="470" />
        <source>Not saved yet</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="472" />
        <source>Saved</source>
        <translation>保存済み</translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="475" />
        <source>Untitled</source>
        <translation>無題</translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="486" />
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
</context>
<context>
    <name>MemoryBuilder</name>
    <message>
        <location filename="../../editor/ui/memory_build.py" line="31" />
        <location filename="../../editor/ui/memory_build.py" line="37" />
        <location filename="../../editor/ui/memory_build.py" line="94" />
        <location filename="../../editor/ui/memory_build.py" line="109" />
        <source>Build Memory from Blog</source>
        <translation>ブログから翻訳メモリを作成</translation>
    </message>
    <message>
        <location filename="../../editor/ui/memory_build.py" line="32" />
        <source>Set up the blog folder first (File → Export Settings).</source>
        <translation>先にブログのフォルダを設定してください(ファイル → エクスポート設定)。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/memory_build.py" line="38" />
        <source>Where are the source pages of the published posts?</source>
        <translation>公開済みの記事の原文ページはどこにありますか?</translation>
    </message>
    <message>
        <location filename="../../editor/ui/memory_build.py" line="40" />
        <source>In a folder of saved pages…</source>
        <translation>保存したページのフォルダ…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/memory_build.py" line="41" />
        <source>Only those Tsuji imported before (the import cache)</source>
        <translation>Tsuji で以前に取り込んだものだけ(取り込みキャッシュ)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/memory_build.py" line="42" />
        <source>Fetch missing ones from the web (slow, one at a time)</source>
        <translation>見つからないものをウェブから取得(1件ずつ、時間がかかります)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/memory_build.py" line="49" />
        <source>Folder of saved source pages</source>
        <translation>保存した原文ページのフォルダ</translation>
    </message>
    <message>
        <location filename="../../editor/ui/memory_build.py" line="57" />
        <source>Aligning published posts…</source>
        <translation>公開済みの記事を対応付けています…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/memory_build.py" line="57" />
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../../editor/ui/memory_build.py" line="100" />
        <source>%1 posts aligned, %2 skipped: %3 pairs added to the memory, %4 held back for review.</source>
        <translation>%1 件の記事を対応付け、%2 件をスキップしました。メモリに %3 組を追加し、%4 組は確認用に保留しました。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/memory_build.py" line="107" />
        <source>Cancelled.</source>
        <translation>キャンセルしました。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/memory_build.py" line="113" />
        <source>Names for the glossary</source>
        <translation>用語集に入れる名前</translation>
    </message>
    <message>
        <location filename="../../editor/ui/memory_build.py" line="115" />
        <source>These names recur beside the same katakana in your posts. Add them to the glossary?</source>
        <translation>これらの名前は記事の中で同じカタカナと一緒に繰り返し現れます。用語集に追加しますか?</translation>
    </message>
    <message>
        <location filename="../../editor/ui/memory_build.py" line="117" />
        <source>Add to Glossary</source>
        <translation>用語集に追加</translation>
    </message>
</context>
<context>
    <name>MetaHeader</name>
    <message>
        <location filename="../../editor/ui/header.py" line="34" />
        <source>Japanese title</source>
        <translation>日本語タイトル</translation>
    </message>
    <message>
        <location filename="../../editor/ui/header.py" line="35" />
        <source>Source URL</source>
        <translation>原文 URL</translation>
    </message>
    <message>
        <location filename="../../editor/ui/header.py" line="36" />
        <source>Site label</source>
        <translation>サイト略称</translation>
    </message>
    <message>
        <location filename="../../editor/ui/header.py" line="37" />
        <source>Author</source>
        <translation>著者</translation>
    </message>
    <message>
        <location filename="../../editor/ui/header.py" line="38" />
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <location filename="../../editor/ui/header.py" line="39" />
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <location filename="../../editor/ui/header.py" line="40" />
        <source>Categories</source>
        <translation>カテゴリー</translation>
    </message>
    <message>
        <location filename="../../editor/ui/header.py" line="41" />
        <source>URL path</source>
        <translation>URL パス</translation>
    </message>
    <message>
        <location filename="../../editor/ui/header.py" line="44" />
        <source>The post's title in Japanese</source>
        <translation>記事の日本語タイトル</translation>
    </message>
    <message>
        <location filename="../../editor/ui/header.py" line="45" />
        <source>e.g. MoA</source>
        <translation>例: MoA</translation>
    </message>
    <message>
        <location filename="../../editor/ui/header.py" line="48" />
        <source>comma-separated</source>
        <translation>カンマ区切り</translation>
    </message>
    <message>
        <location filename="../../editor/ui/header.py" line="49" />
        <source>e.g. 2026/03/port-talks (blogsync's CustomPath)</source>
        <translation>例: 2026/03/port-talks(blogsync の CustomPath)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/header.py" line="60" />
        <source>Open the source in the browser</source>
        <translation>原文をブラウザで開く</translation>
    </message>
    <message>
        <location filename="../../editor/ui/header.py" line="79" />
        <source>Show or hide the article's details (Ctrl+Alt+0)</source>
        <translation>記事の詳細を表示/非表示 (Ctrl+Alt+0)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/header.py" line="117" />
        <source>Details ▸</source>
        <translation>詳細 ▸</translation>
    </message>
    <message>
        <location filename="../../editor/ui/header.py" line="117" />
        <source>Details ▾</source>
        <translation>詳細 ▾</translation>
    </message>
    <message>
        <location filename="../../editor/ui/header.py" line="136" />
        <source>Source title: %1</source>
        <translation>原題: %1</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <location filename="../../editor/ui/preview.py" line="139" />
        <source>The preview could not be made: %1</source>
        <translation>プレビューを作れませんでした: %1</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <location filename="../../editor/ui/proofing.py" line="52" />
        <source>&amp;Fix</source>
        <translation>修正(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/proofing.py" line="53" />
        <source>&amp;Ignore in This Block</source>
        <translation>このブロックでは無視(&amp;I)</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <location filename="../../editor/ui/prompts.py" line="36" />
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <location filename="../../editor/ui/prompts.py" line="99" />
        <source>Exported</source>
        <translation>書き出しました</translation>
    </message>
    <message>
        <location filename="../../editor/ui/prompts.py" line="105" />
        <source>Open folder</source>
        <translation>フォルダを開く</translation>
    </message>
    <message>
        <location filename="../../editor/ui/prompts.py" line="108" />
        <source>Copy path</source>
        <translation>パスをコピー</translation>
    </message>
</context>
<context>
    <name>Proofreading</name>
    <message>
        <location filename="../../editor/ui/proofing.py" line="99" />
        <source>Problems</source>
        <translation>問題</translation>
    </message>
    <message>
        <location filename="../../editor/ui/proofing.py" line="159" />
        <source>Proofreading failed: %1</source>
        <translation>校正できませんでした: %1</translation>
    </message>
    <message>
        <location filename="../../editor/ui/proofing.py" line="171" />
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <location filename="../../editor/ui/proofing.py" line="173" />
        <source>Summary %1</source>
        <translation>要約 %1</translation>
    </message>
    <message>
        <location filename="../../editor/ui/proofing.py" line="175" />
        <source>Block %1 (note)</source>
        <translation>ブロック %1 (訳注)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/proofing.py" line="176" />
        <source>Block %1</source>
        <translation>ブロック %1</translation>
    </message>
    <message>
        <location filename="../../editor/ui/proofing.py" line="186" />
        <source>Proofreading: %1 errors, %2 warnings, %3 hints (F8: next)</source>
        <translation>校正: エラー %1、警告 %2、ヒント %3 (F8: 次へ)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/proofing.py" line="281" />
        <source>No problems found</source>
        <translation>問題は見つかりません</translation>
    </message>
    <message>
        <location filename="../../editor/ui/proofing.py" line="313" />
        <source>The text changed since the check; checking again</source>
        <translation>チェックの後に文章が変わりました。もう一度チェックします</translation>
    </message>
</context>
<context>
    <name>Publishing</name>
    <message>
        <location filename="../../editor/ui/publishing.py" line="35" />
        <source>Summary (✒️要約)</source>
        <translation>要約(✒️要約)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/publishing.py" line="40" />
        <source>Preview</source>
        <translation>プレビュー</translation>
    </message>
    <message>
        <location filename="../../editor/ui/publishing.py" line="84" />
        <location filename="../../editor/ui/publishing.py" line="89" />
        <location filename="../../editor/ui/publishing.py" line="115" />
        <source>Push</source>
        <translation>プッシュ</translation>
    </message>
    <message>
        <location filename="../../editor/ui/publishing.py" line="84" />
        <source>Export the post first (Ctrl+E), then push it.</source>
        <translation>先に書き出して(Ctrl+E)から、プッシュしてください。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/publishing.py" line="93" />
        <source>Pushing %1 with blogsync…</source>
        <translation>blogsync で %1 をプッシュ中…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/publishing.py" line="112" />
        <source>Pushed: %1</source>
        <translation>プッシュしました: %1</translation>
    </message>
    <message>
        <location filename="../../editor/ui/publishing.py" line="120" />
        <source>Push failed</source>
        <translation>プッシュに失敗しました</translation>
    </message>
    <message>
        <location filename="../../editor/ui/publishing.py" line="126" />
        <source>The post has no address yet: push it first</source>
        <translation>記事のアドレスがまだありません。先にプッシュしてください</translation>
    </message>
    <message>
        <location filename="../../editor/ui/publishing.py" line="175" />
        <source>Translate a few paragraphs first: suggestions come from the translation</source>
        <translation>先にいくつかの段落を訳してください。提案は訳文から作られます</translation>
    </message>
    <message>
        <location filename="../../editor/ui/publishing.py" line="180" />
        <source>Suggest</source>
        <translation>提案</translation>
    </message>
    <message>
        <location filename="../../editor/ui/publishing.py" line="180" />
        <source>Replace the current summary points with suggestions?</source>
        <translation>今の要約を提案で置き換えますか?</translation>
    </message>
    <message>
        <location filename="../../editor/ui/publishing.py" line="204" />
        <source>Copied</source>
        <translation>コピーしました</translation>
    </message>
</context>
<context>
    <name>QCoreApplication.self</name>
    <message>
        <location filename="../../editor/ui/block_ops.py" line="118" />
        <source>The block is marked done.</source>
        <translation>このブロックは完了済みです。</translation>
    </message>
</context>
<context>
    <name>RowMetrics</name>
    <message>
        <location filename="../../editor/ui/panes.py" line="128" />
        <source>Quote</source>
        <translation>引用</translation>
    </message>
    <message>
        <location filename="../../editor/ui/panes.py" line="139" />
        <source>Image</source>
        <translation>画像</translation>
    </message>
    <message>
        <location filename="../../editor/ui/panes.py" line="143" />
        <source>Note</source>
        <translation>訳注</translation>
    </message>
    <message>
        <location filename="../../editor/ui/panes.py" line="145" />
        <source>Heading</source>
        <translation>見出し</translation>
    </message>
    <message>
        <location filename="../../editor/ui/panes.py" line="147" />
        <source>Removed from the source</source>
        <translation>原文から削除</translation>
    </message>
    <message>
        <location filename="../../editor/ui/panes.py" line="149" />
        <source>Source changed</source>
        <translation>原文が変更</translation>
    </message>
    <message>
        <location filename="../../editor/ui/panes.py" line="151" />
        <source>Omitted from export</source>
        <translation>書き出しから除外</translation>
    </message>
</context>
<context>
    <name>SourceUpdate</name>
    <message>
        <location filename="../../editor/ui/update_ui.py" line="50" />
        <location filename="../../editor/ui/update_ui.py" line="98" />
        <source>Update Source</source>
        <translation>原文を更新</translation>
    </message>
    <message>
        <location filename="../../editor/ui/update_ui.py" line="51" />
        <source>Re-import the article and merge the changes into this project?</source>
        <translation>記事を取り込み直して、変更をこのプロジェクトに反映しますか?</translation>
    </message>
    <message>
        <location filename="../../editor/ui/update_ui.py" line="52" />
        <source>From the web (%1)</source>
        <translation>ウェブから (%1)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/update_ui.py" line="52" />
        <source>From a saved page…</source>
        <translation>保存したページから…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/update_ui.py" line="63" />
        <source>The updated page</source>
        <translation>更新されたページ</translation>
    </message>
    <message>
        <location filename="../../editor/ui/update_ui.py" line="71" />
        <source>Fetching %1…</source>
        <translation>%1 を取得中…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/update_ui.py" line="77" />
        <source>Cannot update the source</source>
        <translation>原文を更新できません</translation>
    </message>
    <message>
        <location filename="../../editor/ui/update_ui.py" line="94" />
        <source>Not the same article</source>
        <translation>同じ記事ではありません</translation>
    </message>
    <message>
        <location filename="../../editor/ui/update_ui.py" line="98" />
        <source>The source has not changed.</source>
        <translation>原文は変わっていません。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/update_ui.py" line="103" />
        <source>%1 kept, %2 changed, %3 added, %4 removed.</source>
        <translation>変更なし %1、変更 %2、追加 %3、削除 %4。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/update_ui.py" line="110" />
        <source>Changed blocks keep their draft and show the old and new source; Ctrl+Shift+Down stops at them. Removed paragraphs stay, marked, and are left out of the export. Ctrl+Z undoes the whole update.</source>
        <translation>変更されたブロックは訳文を残したまま新旧の原文を表示します(Ctrl+Shift+↓ で移動)。削除された段落は印を付けて残し、エクスポートには含めません。Ctrl+Z で更新全体を取り消せます。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/update_ui.py" line="114" />
        <source>Source updated</source>
        <translation>原文を更新しました</translation>
    </message>
</context>
<context>
    <name>SummaryPanel</name>
    <message>
        <location filename="../../editor/ui/summary.py" line="34" />
        <source>Label</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <location filename="../../editor/ui/summary.py" line="34" />
        <source>Text</source>
        <translation>本文</translation>
    </message>
    <message>
        <location filename="../../editor/ui/summary.py" line="34" />
        <source>Chars</source>
        <translation>文字数</translation>
    </message>
    <message>
        <location filename="../../editor/ui/summary.py" line="47" />
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <location filename="../../editor/ui/summary.py" line="48" />
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../editor/ui/summary.py" line="51" />
        <source>Suggest</source>
        <translation>提案</translation>
    </message>
    <message>
        <location filename="../../editor/ui/summary.py" line="53" />
        <source>Move up (Alt+Up)</source>
        <translation>上へ (Alt+↑)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/summary.py" line="54" />
        <source>Move down (Alt+Down)</source>
        <translation>下へ (Alt+↓)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/summary.py" line="55" />
        <source>Propose points from the translation</source>
        <translation>訳文から要約を提案</translation>
    </message>
    <message>
        <location filename="../../editor/ui/summary.py" line="131" />
        <source>Longer than %1 characters</source>
        <translation>%1 文字を超えています</translation>
    </message>
</context>
</TS>
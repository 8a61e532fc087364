<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ja_JP">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../editor/ui/actions.py" line="54" />
        <source>&amp;New</source>
        <translation>新規(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="55" />
        <source>&amp;Open…</source>
        <translation>開く(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="56" />
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="57" />
        <source>Save &amp;As…</source>
        <translation>名前を付けて保存(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="58" />
        <source>&amp;Import Article…</source>
        <translation>記事の取り込み(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="59" />
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="60" />
        <source>Import from &amp;URL…</source>
        <translation>URL から取り込む(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="61" />
        <source>Import from the &amp;Clipboard</source>
        <translation>クリップボードから取り込む(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="62" />
        <source>&amp;Find…</source>
        <translation>検索(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="63" />
        <source>&amp;Replace…</source>
        <translation>置換(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="64" />
        <source>Copy Source to Translation</source>
        <translation>原文を訳文にコピー</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="65" />
        <source>Mark Done and Go to Next</source>
        <translation>完了にして次へ</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="66" />
        <source>Previous Block</source>
        <translation>前のブロック</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="67" />
        <source>Next Block</source>
        <translation>次のブロック</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="68" />
        <source>Previous Untranslated</source>
        <translation>前の未翻訳</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="69" />
        <source>Next Untranslated</source>
        <translation>次の未翻訳</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="70" />
        <source>Tag/Untag as Quote</source>
        <translation>引用の設定/解除</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="71" />
        <source>Merge with Next Block</source>
        <translation>次のブロックと結合</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="72" />
        <source>Split Block at Cursor</source>
        <translation>カーソル位置で分割</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="73" />
        <source>Omit from Export / Include</source>
        <translation>書き出しから除外/含める</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="74" />
        <source>Translator's Note…</source>
        <translation>訳注…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="75" />
        <source>Larger Text</source>
        <translation>文字を大きく</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="76" />
        <source>Smaller Text</source>
        <translation>文字を小さく</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="77" />
        <source>&amp;About Tsuji</source>
        <translation>Tsuji について(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="78" />
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="79" />
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="80" />
        <source>&amp;Block</source>
        <translation>ブロック(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="81" />
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="82" />
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="83" />
        <source>Open &amp;Recent</source>
        <translation>最近使ったファイル(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="84" />
        <source>Interface &amp;Language</source>
        <translation>表示言語(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="85" />
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="86" />
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
</context>
<context>
    <name>AssistPanel</name>
    <message>
        <location filename="../../editor/ui/assist_panel.py" line="24" />
        <source>Machine translation</source>
        <translation>機械翻訳</translation>
    </message>
    <message>
        <location filename="../../editor/ui/assist_panel.py" line="29" />
        <source>Translate (Ctrl+Shift+T)</source>
        <translation>翻訳する (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/assist_panel.py" line="40" />
        <source>Search the memory (concordance)</source>
        <translation>メモリを検索(コンコーダンス)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/assist_panel.py" line="48" />
        <source>Translation memory (Ctrl+1, Ctrl+2, Ctrl+3 insert)</source>
        <translation>翻訳メモリ(Ctrl+1、Ctrl+2、Ctrl+3 で挿入)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/assist_panel.py" line="50" />
        <source>Glossary (Alt+1 … Alt+9 insert)</source>
        <translation>用語集(Alt+1 … Alt+9 で挿入)</translation>
    </message>
</context>
<context>
    <name>Assistance</name>
    <message>
        <location filename="../../editor/ui/assist_ui.py" line="52" />
        <source>Suggestions</source>
        <translation>候補</translation>
    </message>
    <message>
        <location filename="../../editor/ui/assist_ui.py" line="68" />
        <source>Machine-Translate Block</source>
        <translation>ブロックを機械翻訳</translation>
    </message>
    <message>
        <location filename="../../editor/ui/assist_ui.py" line="73" />
        <source>Pre-translate All Untranslated…</source>
        <translation>未翻訳をすべて事前翻訳…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/assist_ui.py" line="76" />
        <source>Add Term to Glossary…</source>
        <translation>用語集に追加…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/assist_ui.py" line="77" />
        <source>Translation Settings…</source>
        <translation>翻訳の設定…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/assist_ui.py" line="88" />
        <source>Insert Memory Match %1</source>
        <translation>メモリの候補 %1 を挿入</translation>
    </message>
    <message>
        <location filename="../../editor/ui/assist_ui.py" line="95" />
        <source>Insert Glossary Term %1</source>
        <translation>用語 %1 を挿入</translation>
    </message>
    <message>
        <location filename="../../editor/ui/assist_ui.py" line="101" />
        <source>&amp;Assist</source>
        <translation>支援(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/assist_ui.py" line="170" />
        <source>Translating…</source>
        <translation>翻訳中…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/assist_ui.py" line="176" />
        <source>from the cache</source>
        <translation>キャッシュから</translation>
    </message>
    <message>
        <location filename="../../editor/ui/assist_ui.py" line="200" />
        <source>Offline: machine translation is off until the network is back</source>
        <translation>オフライン: ネットワークが戻るまで機械翻訳は使えません</translation>
    </message>
    <message>
        <location filename="../../editor/ui/assist_ui.py" line="210" />
        <source>Back online: machine translation is available</source>
        <translation>オンラインに戻りました: 機械翻訳が使えます</translation>
    </message>
    <message>
        <location filename="../../editor/ui/assist_ui.py" line="261" />
        <source>Added to the glossary: %1</source>
        <translation>用語集に追加しました: %1</translation>
    </message>
    <message>
        <location filename="../../editor/ui/assist_ui.py" line="296" />
        <source>Nothing to pre-translate</source>
        <translation>事前翻訳するものはありません</translation>
    </message>
    <message>
        <location filename="../../editor/ui/assist_ui.py" line="303" />
        <source>Pre-translating…</source>
        <translation>事前翻訳中…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/assist_ui.py" line="304" />
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../../editor/ui/assist_ui.py" line="322" />
        <location filename="../../editor/ui/assist_ui.py" line="336" />
        <source>Pre-translate</source>
        <translation>事前翻訳</translation>
    </message>
    <message>
        <location filename="../../editor/ui/assist_ui.py" line="328" />
        <source>%1 block(s) translated, %2 failed</source>
        <translation>%1 ブロックを翻訳、%2 件失敗</translation>
    </message>
    <message>
        <location filename="../../editor/ui/assist_ui.py" line="359" />
        <source>cancelled: %1 block(s) left</source>
        <translation>中止: 残り %1 ブロック</translation>
    </message>
    <message>
        <location filename="../../editor/ui/assist_ui.py" line="382" />
        <source>Add term to glossary</source>
        <translation>用語集に追加</translation>
    </message>
    <message>
        <location filename="../../editor/ui/assist_ui.py" line="389" />
        <source>Term</source>
        <translation>用語</translation>
    </message>
    <message>
        <location filename="../../editor/ui/assist_ui.py" line="390" />
        <source>Translation</source>
        <translation>訳語</translation>
    </message>
    <message>
        <location filename="../../editor/ui/assist_ui.py" line="391" />
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <location filename="../../editor/ui/assist_ui.py" line="411" />
        <source>Translation settings</source>
        <translation>翻訳の設定</translation>
    </message>
    <message>
        <location filename="../../editor/ui/assist_ui.py" line="426" />
        <source>Keys are kept in %1.</source>
        <translation>キーの保存先: %1</translation>
    </message>
    <message>
        <location filename="../../editor/ui/assist_ui.py" line="431" />
        <source>Engine</source>
        <translation>エンジン</translation>
    </message>
    <message>
        <location filename="../../editor/ui/assist_ui.py" line="432" />
        <source>Server URL (LibreTranslate)</source>
        <translation>サーバー URL(LibreTranslate)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/assist_ui.py" line="433" />
        <source>Region (Microsoft)</source>
        <translation>リージョン(Microsoft)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/assist_ui.py" line="434" />
        <source>API key</source>
        <translation>API キー</translation>
    </message>
    <message>
        <location filename="../../editor/ui/assist_ui.py" line="435" />
        <source>Timeout (seconds)</source>
        <translation>タイムアウト(秒)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/assist_ui.py" line="460" />
        <source>Saved; the key is kept in %1</source>
        <translation>保存しました。キーの保存先: %1</translation>
    </message>
</context>
<context>
    <name>BlockDelegate</name>
    <message>
        <location filename="../../editor/ui/panes.py" line="284" />
        <source>(image: no translation needed)</source>
        <translation>(画像: 翻訳は不要です)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/panes.py" line="286" />
        <source>(not translated yet)</source>
        <translation>(未翻訳)</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <location filename="../../editor/ui/document.py" line="138" />
        <source>Edit translation</source>
        <translation>訳文の編集</translation>
    </message>
    <message>
        <location filename="../../editor/ui/document.py" line="139" />
        <source>Mark done</source>
        <translation>完了にする</translation>
    </message>
    <message>
        <location filename="../../editor/ui/document.py" line="140" />
        <source>Tag as quote</source>
        <translation>引用にする</translation>
    </message>
    <message>
        <location filename="../../editor/ui/document.py" line="141" />
        <source>Untag quote</source>
        <translation>引用を解除</translation>
    </message>
    <message>
        <location filename="../../editor/ui/document.py" line="142" />
        <source>Merge blocks</source>
        <translation>ブロックの結合</translation>
    </message>
    <message>
        <location filename="../../editor/ui/document.py" line="143" />
        <source>Split block</source>
        <translation>ブロックの分割</translation>
    </message>
    <message>
        <location filename="../../editor/ui/document.py" line="144" />
        <source>Move block</source>
        <translation>ブロックの移動</translation>
    </message>
    <message>
        <location filename="../../editor/ui/document.py" line="145" />
        <source>Omit from export</source>
        <translation>書き出しから除外</translation>
    </message>
    <message>
        <location filename="../../editor/ui/document.py" line="146" />
        <source>Include in export</source>
        <translation>書き出しに含める</translation>
    </message>
    <message>
        <location filename="../../editor/ui/document.py" line="147" />
        <source>Edit article details</source>
        <translation>記事情報の編集</translation>
    </message>
    <message>
        <location filename="../../editor/ui/document.py" line="148" />
        <source>Edit summary</source>
        <translation>要約の編集</translation>
    </message>
    <message>
        <location filename="../../editor/ui/document.py" line="149" />
        <source>Edit note</source>
        <translation>訳注の編集</translation>
    </message>
    <message>
        <location filename="../../editor/ui/document.py" line="150" />
        <source>Machine translation</source>
        <translation>機械翻訳</translation>
    </message>
</context>
<context>
    <name>DraftEditor</name>
    <message>
        <location filename="../../editor/ui/panes.py" line="178" />
        <source>Type the translation…</source>
        <translation>訳文を入力…</translation>
    </message>
</context>
<context>
    <name>ExportFlow</name>
    <message>
        <location filename="../../editor/ui/export_ui.py" line="68" />
        <source>… and %1 more</source>
        <translation>…ほか %1 件</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_ui.py" line="69" />
        <source>Before exporting</source>
        <translation>書き出しの前に</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_ui.py" line="71" />
        <source>Export anyway</source>
        <translation>それでも書き出す</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_ui.py" line="85" />
        <source>Overwrite?</source>
        <translation>上書きしますか?</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_ui.py" line="86" />
        <source>%1

Overwrite it? The old file is kept as .bak.</source>
        <translation>%1

上書きしますか?元のファイルは .bak として残ります。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_ui.py" line="100" />
        <source>Export failed</source>
        <translation>書き出しに失敗しました</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_ui.py" line="110" />
        <source>Exported</source>
        <translation>書き出しました</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_ui.py" line="111" />
        <source>The post was written to
%1</source>
        <translation>記事を書き出しました:
%1</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_ui.py" line="115" />
        <source>Open folder</source>
        <translation>フォルダを開く</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_ui.py" line="116" />
        <source>Copy path</source>
        <translation>パスをコピー</translation>
    </message>
</context>
<context>
    <name>ExportSettings</name>
    <message>
        <location filename="../../editor/ui/export_ui.py" line="133" />
        <source>Export settings</source>
        <translation>書き出しの設定</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_ui.py" line="136" />
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_ui.py" line="153" />
        <source>Blogs set up</source>
        <translation>設定済みのブログ</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_ui.py" line="154" />
        <location filename="../../editor/ui/export_ui.py" line="203" />
        <location filename="../../editor/ui/export_ui.py" line="255" />
        <source>Blog folder</source>
        <translation>ブログのフォルダ</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_ui.py" line="155" />
        <location filename="../../editor/ui/export_ui.py" line="212" />
        <location filename="../../editor/ui/export_ui.py" line="261" />
        <source>Profile</source>
        <translation>プロファイル</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_ui.py" line="157" />
        <source>Title pattern</source>
        <translation>タイトルの書式</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_ui.py" line="158" />
        <source>Byline pattern</source>
        <translation>署名の書式</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_ui.py" line="159" />
        <source>Date format</source>
        <translation>日付の書式</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_ui.py" line="160" />
        <source>Summary heading</source>
        <translation>要約の見出し</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_ui.py" line="161" />
        <source>Bullet</source>
        <translation>箇条書きの記号</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_ui.py" line="162" />
        <source>Summary point</source>
        <translation>要約の項目</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_ui.py" line="163" />
        <source>Body heading</source>
        <translation>本文の見出し</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_ui.py" line="172" />
        <source>comma-separated</source>
        <translation>カンマ区切り</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_ui.py" line="173" />
        <source>Default categories</source>
        <translation>既定のカテゴリー</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_ui.py" line="174" />
        <source>Mark posts as drafts</source>
        <translation>下書きとして書き出す</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_ui.py" line="178" />
        <source>Summary point warning length</source>
        <translation>要約項目の警告文字数</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_ui.py" line="183" />
        <source>Sample</source>
        <translation>見本</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_ui.py" line="247" />
        <source>Pattern error: %1</source>
        <translation>書式の誤り: %1</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_ui.py" line="255" />
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
        <location filename="../../editor/ui/files.py" line="50" />
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
        <location filename="../../editor/ui/files.py" line="81" />
        <source>Cannot open</source>
        <translation>開けません</translation>
    </message>
    <message>
        <location filename="../../editor/ui/files.py" line="86" />
        <source>This is the shipped sample: Save As to keep a copy</source>
        <translation>これは同梱の見本です。残すには「名前を付けて保存」してください</translation>
    </message>
    <message>
        <location filename="../../editor/ui/files.py" line="102" />
        <location filename="../../editor/ui/files.py" line="123" />
        <source>Cannot import</source>
        <translation>取り込めません</translation>
    </message>
    <message>
        <location filename="../../editor/ui/files.py" line="109" />
        <source>Imported %1</source>
        <translation>%1 を取り込みました</translation>
    </message>
    <message>
        <location filename="../../editor/ui/files.py" line="114" />
        <source>Importing %1…</source>
        <translation>%1 を取り込み中…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/files.py" line="131" />
        <source>Import from URL</source>
        <translation>URL から取り込む</translation>
    </message>
    <message>
        <location filename="../../editor/ui/files.py" line="131" />
        <source>Address of the article:</source>
        <translation>記事のアドレス:</translation>
    </message>
    <message>
        <location filename="../../editor/ui/files.py" line="146" />
        <source>Import from the clipboard</source>
        <translation>クリップボードから取り込む</translation>
    </message>
    <message>
        <location filename="../../editor/ui/files.py" line="147" />
        <source>The clipboard holds no text.</source>
        <translation>クリップボードにテキストがありません。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/files.py" line="150" />
        <source>the clipboard</source>
        <translation>クリップボード</translation>
    </message>
    <message>
        <location filename="../../editor/ui/files.py" line="169" />
        <source>Save As</source>
        <translation>名前を付けて保存</translation>
    </message>
    <message>
        <location filename="../../editor/ui/files.py" line="187" />
        <source>Changed on disk</source>
        <translation>ディスク上で変更されました</translation>
    </message>
    <message>
        <location filename="../../editor/ui/files.py" line="189" />
        <source>%1 was changed by another program since Tsuji opened it.
Overwrite it with your version? (The other version is kept as .bak.)</source>
        <translation>%1 は Tsuji で開いた後に別のプログラムで変更されました。
こちらの内容で上書きしますか?(もう一方は .bak として残ります)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/files.py" line="202" />
        <source>Cannot save</source>
        <translation>保存できません</translation>
    </message>
    <message>
        <location filename="../../editor/ui/files.py" line="230" />
        <source>Autosave failed: %1</source>
        <translation>自動保存に失敗しました: %1</translation>
    </message>
    <message>
        <location filename="../../editor/ui/files.py" line="238" />
        <source>Unsaved changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <location filename="../../editor/ui/files.py" line="239" />
        <source>Save the changes to %1?</source>
        <translation>%1 への変更を保存しますか?</translation>
    </message>
    <message>
        <location filename="../../editor/ui/files.py" line="240" />
        <source>Untitled</source>
        <translation>無題</translation>
    </message>
    <message>
        <location filename="../../editor/ui/files.py" line="257" />
        <source>an untitled document</source>
        <translation>無題の文書</translation>
    </message>
    <message>
        <location filename="../../editor/ui/files.py" line="260" />
        <source>Restore unsaved work?</source>
        <translation>保存されていない作業を復元しますか?</translation>
    </message>
    <message>
        <location filename="../../editor/ui/files.py" line="261" />
        <source>Tsuji did not close normally. Restore %1 as autosaved at %2?</source>
        <translation>Tsuji は正常に終了しませんでした。%2 に自動保存された %1 を復元しますか?</translation>
    </message>
    <message>
        <location filename="../../editor/ui/files.py" line="274" />
        <source>Cannot restore</source>
        <translation>復元できません</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../editor/ui/findbar.py" line="24" />
        <source>Find</source>
        <translation>検索</translation>
    </message>
    <message>
        <location filename="../../editor/ui/findbar.py" line="27" />
        <source>Replace in drafts with</source>
        <translation>訳文の置換後の文字列</translation>
    </message>
    <message>
        <location filename="../../editor/ui/findbar.py" line="28" />
        <source>Regex</source>
        <translation>正規表現</translation>
    </message>
    <message>
        <location filename="../../editor/ui/findbar.py" line="29" />
        <source>Case</source>
        <translation>大/小文字</translation>
    </message>
    <message>
        <location filename="../../editor/ui/findbar.py" line="30" />
        <source>Whole word</source>
        <translation>単語単位</translation>
    </message>
    <message>
        <location filename="../../editor/ui/findbar.py" line="31" />
        <source>Source</source>
        <translation>原文</translation>
    </message>
    <message>
        <location filename="../../editor/ui/findbar.py" line="33" />
        <source>Draft</source>
        <translation>訳文</translation>
    </message>
    <message>
        <location filename="../../editor/ui/findbar.py" line="37" />
        <source>Previous</source>
        <translation>前へ</translation>
    </message>
    <message>
        <location filename="../../editor/ui/findbar.py" line="38" />
        <source>Next</source>
        <translation>次へ</translation>
    </message>
    <message>
        <location filename="../../editor/ui/findbar.py" line="39" />
        <source>Replace</source>
        <translation>置換</translation>
    </message>
    <message>
        <location filename="../../editor/ui/findbar.py" line="40" />
        <source>Replace all</source>
        <translation>すべて置換</translation>
    </message>
    <message>
        <location filename="../../editor/ui/findbar.py" line="73" />
        <source>Bad pattern: %1</source>
        <translation>パターンが不正です: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../editor/ui/main_window.py" line="137" />
        <source>Main toolbar</source>
        <translation>メインツールバー</translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="233" />
        <source>&amp;Undo %1</source>
        <translation>元に戻す: %1(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="236" />
        <source>&amp;Redo %1</source>
        <translation>やり直す: %1(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="288" />
        <source>No more untranslated blocks</source>
        <translation>未翻訳のブロックはもうありません</translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="298" />
        <source>Mark done</source>
        <translation>完了にする</translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="304" />
        <source>Type a translation before marking the block done</source>
        <translation>完了にする前に訳文を入力してください</translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="351" />
        <source>Translator's note</source>
        <translation>訳注</translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="351" />
        <source>Note (訳注):</source>
        <translation>訳注:</translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="387" />
        <source>Not found</source>
        <translation>見つかりません</translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="406" />
        <source>Replace all</source>
        <translation>すべて置換</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/main_window.py" line="414" />
        <source>Replaced in %n block(s)</source>
        <translation><numerusform>%n 個のブロックで置換しました</numerusform></translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="443" />
        <source>The new language is used from the next start.</source>
        <translation>新しい言語は次回の起動から使われます。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="450" />
        <source>About Tsuji</source>
        <translation>Tsuji について</translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="451" />
        <source>Tsuji %1 — a translation editor for blog posts.</source>
        <translation>Tsuji %1 — ブログ記事のための翻訳エディタ</translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="469" />
        <source>Done %1/%2 (%3%)</source>
        <translation>完了 %1/%2 (%3%)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="475" />
        <source>Draft %1 characters · source %2 words</source>
        <translation>訳文 %1 字 · 原文 %2 語</translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="479" />
        <source>Unsaved changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="479" />
        <source>Saved</source>
        <translation>保存済み</translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="482" />
        <source>Untitled</source>
        <translation>無題</translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="493" />
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
</context>
<context>
    <name>MetaHeader</name>
    <message>
        <location filename="../../editor/ui/header.py" line="27" />
        <source>Japanese title</source>
        <translation>日本語タイトル</translation>
    </message>
    <message>
        <location filename="../../editor/ui/header.py" line="28" />
        <source>Source URL</source>
        <translation>原文 URL</translation>
    </message>
    <message>
        <location filename="../../editor/ui/header.py" line="29" />
        <source>Site label</source>
        <translation>サイト略称</translation>
    </message>
    <message>
        <location filename="../../editor/ui/header.py" line="30" />
        <source>Author</source>
        <translation>著者</translation>
    </message>
    <message>
        <location filename="../../editor/ui/header.py" line="31" />
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <location filename="../../editor/ui/header.py" line="32" />
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <location filename="../../editor/ui/header.py" line="33" />
        <source>Categories</source>
        <translation>カテゴリー</translation>
    </message>
    <message>
        <location filename="../../editor/ui/header.py" line="36" />
        <source>The post's title in Japanese</source>
        <translation>記事の日本語タイトル</translation>
    </message>
    <message>
        <location filename="../../editor/ui/header.py" line="37" />
        <source>e.g. MoA</source>
        <translation>例: MoA</translation>
    </message>
    <message>
        <location filename="../../editor/ui/header.py" line="40" />
        <source>comma-separated</source>
        <translation>カンマ区切り</translation>
    </message>
    <message>
        <location filename="../../editor/ui/header.py" line="50" />
        <source>Open the source in the browser</source>
        <translation>原文をブラウザで開く</translation>
    </message>
    <message>
        <location filename="../../editor/ui/header.py" line="84" />
        <source>Source title: %1</source>
        <translation>原題: %1</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <location filename="../../editor/ui/preview.py" line="76" />
        <source>The preview could not be made: %1</source>
        <translation>プレビューを作れませんでした: %1</translation>
    </message>
</context>
<context>
    <name>Publishing</name>
    <message>
        <location filename="../../editor/ui/publishing.py" line="33" />
        <source>Summary (✒️要約)</source>
        <translation>要約(✒️要約)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/publishing.py" line="38" />
        <source>Preview</source>
        <translation>プレビュー</translation>
    </message>
    <message>
        <location filename="../../editor/ui/publishing.py" line="46" />
        <source>&amp;Export to Blog</source>
        <translation>ブログへ書き出す(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/publishing.py" line="47" />
        <source>Export &amp;Settings…</source>
        <translation>書き出しの設定(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/publishing.py" line="48" />
        <source>Copy as &amp;Markdown</source>
        <translation>Markdown としてコピー(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/publishing.py" line="49" />
        <source>Copy as &amp;HTML</source>
        <translation>HTML としてコピー(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/publishing.py" line="110" />
        <source>Translate a few paragraphs first: suggestions come from the translation</source>
        <translation>先にいくつかの段落を訳してください。提案は訳文から作られます</translation>
    </message>
    <message>
        <location filename="../../editor/ui/publishing.py" line="118" />
        <source>Suggest</source>
        <translation>提案</translation>
    </message>
    <message>
        <location filename="../../editor/ui/publishing.py" line="119" />
        <source>Replace the current summary points with suggestions?</source>
        <translation>今の要約を提案で置き換えますか?</translation>
    </message>
    <message>
        <location filename="../../editor/ui/publishing.py" line="142" />
        <source>Copied</source>
        <translation>コピーしました</translation>
    </message>
</context>
<context>
    <name>RowMetrics</name>
    <message>
        <location filename="../../editor/ui/panes.py" line="103" />
        <source>Quote</source>
        <translation>引用</translation>
    </message>
    <message>
        <location filename="../../editor/ui/panes.py" line="113" />
        <source>Image</source>
        <translation>画像</translation>
    </message>
    <message>
        <location filename="../../editor/ui/panes.py" line="115" />
        <source>Heading</source>
        <translation>見出し</translation>
    </message>
    <message>
        <location filename="../../editor/ui/panes.py" line="117" />
        <source>Omitted from export</source>
        <translation>書き出しから除外</translation>
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
        <location filename="../../editor/ui/summary.py" line="118" />
        <source>Longer than %1 characters</source>
        <translation>%1 文字を超えています</translation>
    </message>
</context>
</TS>
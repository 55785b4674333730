<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AdminActions</name>
    <message>
        <source>Change my PIN</source>
        <translation>自分の暗証番号の変更</translation>
    </message>
    <message>
        <source>Your PIN was changed.</source>
        <translation>暗証番号を変更しました。</translation>
    </message>
</context>
<context>
    <name>Appearance</name>
    <message>
        <source>Procedure Assist</source>
        <translation>手続きアシスト</translation>
    </message>
</context>
<context>
    <name>AuditActions</name>
    <message>
        <source>Case viewed</source>
        <translation>案件の表示</translation>
    </message>
    <message>
        <source>Cases listed</source>
        <translation>案件の一覧表示</translation>
    </message>
    <message>
        <source>Resident viewed</source>
        <translation>相談者の表示</translation>
    </message>
    <message>
        <source>Residents searched</source>
        <translation>相談者の検索</translation>
    </message>
    <message>
        <source>Resident added</source>
        <translation>相談者の登録</translation>
    </message>
    <message>
        <source>Resident&apos;s details changed</source>
        <translation>相談者の情報の変更</translation>
    </message>
    <message>
        <source>Consent recorded</source>
        <translation>同意の記録</translation>
    </message>
    <message>
        <source>Case restored from paper</source>
        <translation>紙からの案件の復元</translation>
    </message>
    <message>
        <source>Resident&apos;s records exported</source>
        <translation>相談者の記録の書き出し</translation>
    </message>
    <message>
        <source>Erased: consent withdrawn</source>
        <translation>消去（同意の撤回）</translation>
    </message>
    <message>
        <source>Erased: retention period over</source>
        <translation>消去（保存期間の経過）</translation>
    </message>
    <message>
        <source>Retention preview seen</source>
        <translation>保存期間による消去対象の確認</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>サインイン</translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation>サインインの拒否</translation>
    </message>
    <message>
        <source>Locked or signed out</source>
        <translation>ロック・サインアウト</translation>
    </message>
    <message>
        <source>First account created</source>
        <translation>最初のアカウントの作成</translation>
    </message>
    <message>
        <source>Account added</source>
        <translation>アカウントの追加</translation>
    </message>
    <message>
        <source>PIN set</source>
        <translation>暗証番号の設定</translation>
    </message>
    <message>
        <source>Role changed</source>
        <translation>役割の変更</translation>
    </message>
    <message>
        <source>Account activated or deactivated</source>
        <translation>アカウントの有効化・無効化</translation>
    </message>
    <message>
        <source>Rule changed</source>
        <translation>ルールの変更</translation>
    </message>
    <message>
        <source>Audit log read</source>
        <translation>操作記録の閲覧</translation>
    </message>
    <message>
        <source>Audit log checked</source>
        <translation>操作記録の検証</translation>
    </message>
    <message>
        <source>Report read</source>
        <translation>集計表の閲覧</translation>
    </message>
    <message>
        <source>Refused (not allowed)</source>
        <translation>拒否（権限なし）</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>バックアップ作成</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>バックアップから復元</translation>
    </message>
    <message>
        <source>Recovery key shown</source>
        <translation>回復キーを表示</translation>
    </message>
    <message>
        <source>Recovery sheet saved</source>
        <translation>回復シートを保存</translation>
    </message>
    <message>
        <source>Passphrase set</source>
        <translation>パスフレーズを設定</translation>
    </message>
    <message>
        <source>case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>resident</source>
        <translation>相談者</translation>
    </message>
    <message>
        <source>helper</source>
        <translation>担当者</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Audit log</source>
        <translation>操作記録（監査ログ）</translation>
    </message>
    <message>
        <source>Audit log entries</source>
        <translation>操作記録の一覧</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>番号</translation>
    </message>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Helper</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>対象の記録</translation>
    </message>
    <message>
        <source>&amp;Check the chain</source>
        <translation>改ざんの検証(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Older entries</source>
        <translation>以前の記録(&amp;O)</translation>
    </message>
    <message>
        <source>Result of the check</source>
        <translation>検証の結果</translation>
    </message>
    <message>
        <source>Every look at or change to a resident&apos;s records, by whom and when. Newest first.</source>
        <translation>相談者の記録を、いつ・誰が表示または変更したかの記録です。新しい順に表示します。</translation>
    </message>
    <message>
        <source>not signed in</source>
        <translation>サインイン前</translation>
    </message>
    <message>
        <source>resident {id}</source>
        <translation>相談者 {id}</translation>
    </message>
    <message>
        <source>case {id}</source>
        <translation>案件 {id}</translation>
    </message>
    <message>
        <source> … ({n} in all)</source>
        <translation> …（全{n}件）</translation>
    </message>
    <message>
        <source>The chain is whole: {n} rows, none altered or removed.</source>
        <translation>記録はつながっています：{n}件、変更や削除はありません。</translation>
    </message>
    <message>
        <source>The chain is broken at row {row}: {problem}</source>
        <translation>番号 {row} で記録のつながりが切れています：{problem}</translation>
    </message>
</context>
<context>
    <name>AuditKinds</name>
    <message>
        <source>Viewed</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>印刷</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>書き出し</translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation>読み取り</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>消去</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>利用</translation>
    </message>
</context>
<context>
    <name>CaseListTableModel</name>
    <message>
        <source>Next due</source>
        <translation>次の期限</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>残り日数</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>相談者</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>できごと</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>次の手続き</translation>
    </message>
    <message>
        <source>All steps done</source>
        <translation>すべての手続きが終了</translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <source>&amp;Checklist</source>
        <translation>チェックリスト(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Answers</source>
        <translation>聞き取り内容(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>履歴(&amp;H)</translation>
    </message>
    <message>
        <source>Hand &amp;over…</source>
        <translation>引き継ぎ(&amp;O)…</translation>
    </message>
    <message>
        <source>Hand the case over to another helper</source>
        <translation>案件を別の担当者に引き継ぐ</translation>
    </message>
    <message>
        <source>Save revised answers</source>
        <translation>修正した回答を保存</translation>
    </message>
    <message>
        <source>Group by due date</source>
        <translation>期限ごとに表示</translation>
    </message>
    <message>
        <source>Group by office</source>
        <translation>窓口ごとに表示</translation>
    </message>
    <message>
        <source>Group steps by</source>
        <translation>手続きのまとめ方</translation>
    </message>
    <message>
        <source>History of this case</source>
        <translation>この案件の履歴</translation>
    </message>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>担当</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Case {id} · event {date} · known on {known} · catalog {version}</source>
        <translation>受付番号 {id}・発生日 {date}・知った日 {known}・手続き情報 {version}</translation>
    </message>
    <message>
        <source>Case {id} · event {date} · catalog {version}</source>
        <translation>受付番号 {id}・発生日 {date}・手続き情報 {version}</translation>
    </message>
    <message>
        <source>Checklist updated: {a} added, {r} removed, {k} kept with progress, {d} new dates.</source>
        <translation>チェックリストを更新しました：追加 {a}件、削除 {r}件、進み具合があるため残したもの {k}件、期限の変更 {d}件。</translation>
    </message>
</context>
<context>
    <name>ChecklistWidget</name>
    <message>
        <source>Step</source>
        <translation>手続き</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>Steps of this case</source>
        <translation>この案件の手続き</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>日付なし</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>期限超過</translation>
    </message>
    <message>
        <source>Within 7 days</source>
        <translation>7日以内</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>8日以降</translation>
    </message>
    <message>
        <source>(to confirm)</source>
        <translation>（要確認）</translation>
    </message>
    <message>
        <source>(no longer applies)</source>
        <translation>（対象外になりました）</translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <source>Consent</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>Before anything is saved, ask the resident and record what they agree to.</source>
        <translation>記録する前に相談者に確認し、同意の内容を記録してください。</translation>
    </message>
    <message>
        <source>The resident agrees that their name, contact details and the progress of these procedures are recorded to help them.</source>
        <translation>相談者は、手続きの支援のために、氏名・連絡先と手続きの進み具合を記録することに同意しています。</translation>
    </message>
    <message>
        <source>…and that other helpers of this office may continue the case.</source>
        <translation>…また、この窓口のほかの担当者が引き継いで対応することにも同意しています。</translation>
    </message>
    <message>
        <source>Consent given on</source>
        <translation>同意した日</translation>
    </message>
    <message>
        <source>A signed &amp;paper consent form exists</source>
        <translation>署名済みの同意書（紙）がある(&amp;P)</translation>
    </message>
    <message>
        <source>Given &amp;on</source>
        <translation>同意日(&amp;O)</translation>
    </message>
    <message>
        <source>This resident&apos;s consent is already recorded.</source>
        <translation>この相談者の同意は記録済みです。</translation>
    </message>
</context>
<context>
    <name>DamagedDatabaseDialog</name>
    <message>
        <source>The case database is damaged</source>
        <translation>案件データベースが壊れています</translation>
    </message>
    <message>
        <source>The case database file is damaged, so it was not opened for editing.</source>
        <translation>案件データベースのファイルが壊れているため、編集できる状態では開きませんでした。</translation>
    </message>
    <message>
        <source>The latest good backup was made on {when}. Restoring it brings back everything saved up to then; changes made after it are lost, but the damaged file is kept in the backups folder. Or open the damaged file read-only to look up what can still be read.</source>
        <translation>最新の正常なバックアップは{when}に作成されたものです。復元すると、その時点までに保存した内容がすべて戻ります。それ以降の変更は失われますが、壊れたファイルはバックアップのフォルダーに残します。または、壊れたファイルを読み取り専用で開き、読める内容を確認することもできます。</translation>
    </message>
    <message>
        <source>No good backup was found. Open the damaged file read-only to look up what can still be read, and ask for help to recover the rest.</source>
        <translation>正常なバックアップが見つかりませんでした。壊れたファイルを読み取り専用で開いて読める内容を確認し、残りの復旧は担当部署に相談してください。</translation>
    </message>
    <message>
        <source>&amp;Restore the backup</source>
        <translation>バックアップから復元(&amp;R)</translation>
    </message>
    <message>
        <source>Open &amp;read-only</source>
        <translation>読み取り専用で開く(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>DataSafetyActions</name>
    <message>
        <source>&amp;Back up now</source>
        <translation>今すぐバックアップ(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Recovery sheet…</source>
        <translation>回復シート(&amp;R)…</translation>
    </message>
    <message>
        <source>Today&apos;s backup was made.</source>
        <translation>本日のバックアップを作成しました。</translation>
    </message>
    <message>
        <source>The backup failed: {reason}</source>
        <translation>バックアップできませんでした：{reason}</translation>
    </message>
    <message>
        <source>Backup saved: {name}</source>
        <translation>バックアップを保存しました：{name}</translation>
    </message>
    <message>
        <source>The backup was not made</source>
        <translation>バックアップは作成されませんでした</translation>
    </message>
</context>
<context>
    <name>DatabaseOpening</name>
    <message>
        <source>The passphrase is not right. Check the keyboard layout and input mode, and try again.</source>
        <translation>パスフレーズが違います。キーボードの配列と入力モード（半角・全角）を確かめて、もう一度入力してください。</translation>
    </message>
    <message>
        <source>The case database stays locked. Start the app again to open it.</source>
        <translation>案件データベースは開かれていません。開くにはアプリを起動し直してください。</translation>
    </message>
    <message>
        <source>The damaged database was left as it is. Nothing was changed.</source>
        <translation>壊れたデータベースはそのままにしました。何も変更していません。</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>A catalog file has errors and was not loaded. Ask the person who maintains the catalogs to run “assist-app catalog check”.</source>
        <translation>手続き情報のファイルに誤りがあるため、読み込めませんでした。手続き情報の管理者に「assist-app catalog check」の実行を依頼してください。</translation>
    </message>
    <message>
        <source>The file could not be read or written ({reason}). Check that the disk is not full and that the folder may be written to.</source>
        <translation>ファイルを読み書きできませんでした（{reason}）。ディスクに空きがあるか、フォルダーに書き込めるかを確認してください。</translation>
    </message>
    <message>
        <source>Something went wrong and the action was not completed. Nothing already saved was lost. The details were written to the log file in the data folder.</source>
        <translation>問題が起きたため、操作を完了できませんでした。保存済みの内容は失われていません。詳しい情報はデータフォルダーのログファイルに記録しました。</translation>
    </message>
    <message>
        <source>Could not complete the action</source>
        <translation>操作を完了できませんでした</translation>
    </message>
</context>
<context>
    <name>EventPage</name>
    <message>
        <source>Life event</source>
        <translation>できごと</translation>
    </message>
    <message>
        <source>Which event, and when did it happen?</source>
        <translation>どのようなできごとが、いつありましたか。</translation>
    </message>
    <message>
        <source>Event date</source>
        <translation>発生日</translation>
    </message>
    <message>
        <source>It became &amp;known on a later day</source>
        <translation>後日になって知った(&amp;K)</translation>
    </message>
    <message>
        <source>Day it became known</source>
        <translation>知った日</translation>
    </message>
    <message>
        <source>&amp;Event</source>
        <translation>できごと(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>発生日(&amp;D)</translation>
    </message>
    <message>
        <source>Known o&amp;n</source>
        <translation>知った日(&amp;N)</translation>
    </message>
    <message>
        <source>The day it became known cannot be before the event.</source>
        <translation>知った日を発生日より前にすることはできません。</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>Hand the case over</source>
        <translation>案件の引き継ぎ</translation>
    </message>
    <message>
        <source>&amp;To helper</source>
        <translation>引き継ぎ先(&amp;T)</translation>
    </message>
    <message>
        <source>Helper who takes over</source>
        <translation>引き継ぐ担当者</translation>
    </message>
    <message>
        <source>Handover &amp;note</source>
        <translation>引き継ぎメモ(&amp;N)</translation>
    </message>
    <message>
        <source>Handover note</source>
        <translation>引き継ぎメモ</translation>
    </message>
    <message>
        <source>Where things stand, what to do next</source>
        <translation>現在の状況と次にすること</translation>
    </message>
</context>
<context>
    <name>HelperDialog</name>
    <message>
        <source>Helper accounts</source>
        <translation>担当者のアカウント</translation>
    </message>
    <message>
        <source>Each helper signs in with their own PIN. A volunteer sees only the residents and cases they look after; counter staff see all; a supervisor also sees the audit log and manages accounts.</source>
        <translation>担当者はそれぞれ自分の暗証番号（PIN）でサインインします。ボランティアは自分が担当する相談者と案件だけを見られます。窓口職員はすべてを見られます。責任者は、さらに操作記録を見て、アカウントを管理します。</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>The chosen helper</source>
        <translation>選んだ担当者</translation>
    </message>
    <message>
        <source>Set &amp;PIN…</source>
        <translation>暗証番号を設定(&amp;P)…</translation>
    </message>
    <message>
        <source>Role of the chosen helper</source>
        <translation>選んだ担当者の役割</translation>
    </message>
    <message>
        <source>Change &amp;role</source>
        <translation>役割を変更(&amp;R)</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>新しいアカウント</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>氏名(&amp;N)</translation>
    </message>
    <message>
        <source>Helper name</source>
        <translation>担当者の氏名</translation>
    </message>
    <message>
        <source>R&amp;ole</source>
        <translation>役割(&amp;O)</translation>
    </message>
    <message>
        <source>P&amp;IN</source>
        <translation>暗証番号（PIN）(&amp;I)</translation>
    </message>
    <message>
        <source>PIN for the new helper</source>
        <translation>新しい担当者の暗証番号</translation>
    </message>
    <message>
        <source>PIN a&amp;gain</source>
        <translation>暗証番号（確認）(&amp;G)</translation>
    </message>
    <message>
        <source>The same PIN again</source>
        <translation>確認のため同じ暗証番号</translation>
    </message>
    <message>
        <source>&amp;Add account</source>
        <translation>アカウントを追加(&amp;A)</translation>
    </message>
    <message>
        <source>Helper role</source>
        <translation>担当者の役割</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>無効</translation>
    </message>
    <message>
        <source>no PIN yet</source>
        <translation>暗証番号が未設定</translation>
    </message>
    <message>
        <source>waiting after wrong PINs</source>
        <translation>暗証番号の誤りによる待ち時間中</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>無効にする(&amp;D)</translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation>有効に戻す(&amp;A)</translation>
    </message>
    <message>
        <source>Enter the helper&apos;s name.</source>
        <translation>担当者の氏名を入力してください。</translation>
    </message>
    <message>
        <source>PIN for {name}</source>
        <translation>{name} さんの暗証番号</translation>
    </message>
</context>
<context>
    <name>HistoryText</name>
    <message>
        <source>{n} steps</source>
        <translation>手続き {n}件</translation>
    </message>
    <message>
        <source>catalog {version}</source>
        <translation>手続き情報 {version}</translation>
    </message>
    <message>
        <source>reason: {reason}</source>
        <translation>理由：{reason}</translation>
    </message>
    <message>
        <source>taken from the paper handout</source>
        <translation>紙の案内から反映</translation>
    </message>
    <message>
        <source>catalog {old} → {new}</source>
        <translation>手続き情報 {old} → {new}</translation>
    </message>
    <message>
        <source>{n} answers changed</source>
        <translation>回答の変更 {n}件</translation>
    </message>
    <message>
        <source>steps added: {steps}</source>
        <translation>追加：{steps}</translation>
    </message>
    <message>
        <source>steps removed: {steps}</source>
        <translation>削除：{steps}</translation>
    </message>
    <message>
        <source>to {name}</source>
        <translation>引き継ぎ先：{name}</translation>
    </message>
    <message>
        <source>note: {note}</source>
        <translation>メモ：{note}</translation>
    </message>
    <message>
        <source>handout in {language}</source>
        <translation>案内（{language}）</translation>
    </message>
    <message>
        <source>large print</source>
        <translation>大きな文字</translation>
    </message>
    <message>
        <source>with resume code</source>
        <translation>再開コード付き</translation>
    </message>
    <message>
        <source>{n} steps differ from the paper</source>
        <translation>紙と異なる手続き {n}件</translation>
    </message>
    <message>
        <source>taken from the paper: {steps}</source>
        <translation>紙から反映：{steps}</translation>
    </message>
</context>
<context>
    <name>IntakeFormWidget</name>
    <message>
        <source>Don&apos;t know</source>
        <translation>わからない</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>To do</source>
        <translation>未着手</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>手続き中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>不要</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>保留（理由あり）</translation>
    </message>
    <message>
        <source>Ward office</source>
        <translation>区役所</translation>
    </message>
    <message>
        <source>Tokyo</source>
        <translation>東京都</translation>
    </message>
    <message>
        <source>National office</source>
        <translation>国の機関</translation>
    </message>
    <message>
        <source>Health insurer</source>
        <translation>健康保険の保険者</translation>
    </message>
    <message>
        <source>Private company</source>
        <translation>民間企業</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Claim by</source>
        <translation>請求期限</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>目安</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>期限なし</translation>
    </message>
    <message>
        <source>Case opened</source>
        <translation>受付</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>状況の変更</translation>
    </message>
    <message>
        <source>Notes changed</source>
        <translation>メモの変更</translation>
    </message>
    <message>
        <source>Answers revised</source>
        <translation>回答の修正</translation>
    </message>
    <message>
        <source>Catalog updated</source>
        <translation>手続き情報の更新</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>引き継ぎ</translation>
    </message>
    <message>
        <source>Case closed</source>
        <translation>案件の終了</translation>
    </message>
    <message>
        <source>Handout printed</source>
        <translation>案内の印刷</translation>
    </message>
    <message>
        <source>Resume code scanned</source>
        <translation>再開コードの読み取り</translation>
    </message>
    <message>
        <source>Progress taken from paper</source>
        <translation>紙の記入内容を反映</translation>
    </message>
    <message>
        <source>Death</source>
        <translation>死亡</translation>
    </message>
    <message>
        <source>Birth</source>
        <translation>出生</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>日付なし</translation>
    </message>
    <message>
        <source>Overdue by 1 day</source>
        <translation>1日超過</translation>
    </message>
    <message>
        <source>Overdue by {n} days</source>
        <translation>{n}日超過</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>今日が期限</translation>
    </message>
    <message>
        <source>1 day left</source>
        <translation>あと1日</translation>
    </message>
    <message>
        <source>{n} days left</source>
        <translation>あと{n}日</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Opening the case database…</source>
        <translation>案件データベースを開いています…</translation>
    </message>
    <message>
        <source>Helper: {name}</source>
        <translation>担当：{name}</translation>
    </message>
    <message>
        <source>No helper chosen</source>
        <translation>担当者が選ばれていません</translation>
    </message>
    <message>
        <source>The case database could not be opened</source>
        <translation>案件データベースを開けませんでした</translation>
    </message>
    <message>
        <source>Read-only: the database is damaged; nothing can be saved</source>
        <translation>読み取り専用：データベースが壊れているため、保存できません</translation>
    </message>
    <message>
        <source>Restored the backup {name}.</source>
        <translation>バックアップ {name} から復元しました。</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>処理中…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Helper</source>
        <translation>担当者(&amp;H)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>メインツールバー</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>新規受付(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>本日の案件(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Find resident</source>
        <translation>相談者を検索(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Large text</source>
        <translation>大きな文字(&amp;L)</translation>
    </message>
    <message>
        <source>S&amp;witch helper…</source>
        <translation>担当者の切り替え(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>ロック(&amp;L)</translation>
    </message>
    <message>
        <source>Lock the app: nothing is shown until a helper signs in again</source>
        <translation>アプリをロックします。担当者がもう一度サインインするまで、何も表示しません</translation>
    </message>
    <message>
        <source>Change my &amp;PIN…</source>
        <translation>自分の暗証番号を変更(&amp;P)…</translation>
    </message>
    <message>
        <source>Helper &amp;accounts…</source>
        <translation>担当者のアカウント(&amp;A)…</translation>
    </message>
    <message>
        <source>A&amp;udit log…</source>
        <translation>操作記録（監査ログ）(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Retention and locking…</source>
        <translation>保存期間とロック(&amp;R)…</translation>
    </message>
</context>
<context>
    <name>NewCaseWizard</name>
    <message>
        <source>New case</source>
        <translation>新規受付</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Current PIN</source>
        <translation>今の暗証番号</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>新しい暗証番号</translation>
    </message>
    <message>
        <source>The same PIN again</source>
        <translation>確認のため同じ暗証番号</translation>
    </message>
    <message>
        <source>Problem with the PIN</source>
        <translation>暗証番号の問題</translation>
    </message>
    <message>
        <source>C&amp;urrent PIN</source>
        <translation>今の暗証番号(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;New PIN</source>
        <translation>新しい暗証番号(&amp;N)</translation>
    </message>
    <message>
        <source>PIN a&amp;gain</source>
        <translation>暗証番号（確認）(&amp;G)</translation>
    </message>
    <message>
        <source>At least 4 characters; not all the same, not 1234.</source>
        <translation>4文字以上。すべて同じ文字や、1234のような並びは使えません。</translation>
    </message>
    <message>
        <source>This PIN cannot be used: choose at least 4 characters, not all the same and not a run such as 1234.</source>
        <translation>この暗証番号は使えません。4文字以上で、すべて同じ文字や1234のような並びでないものにしてください。</translation>
    </message>
    <message>
        <source>The two PINs differ; type the same PIN twice.</source>
        <translation>2つの暗証番号が違います。同じ暗証番号を2回入力してください。</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Checklist preview</source>
        <translation>チェックリストの確認</translation>
    </message>
    <message>
        <source>These steps apply. Press Finish to save the resident, the consent and the case.</source>
        <translation>次の手続きが該当します。「完了」を押すと、相談者・同意・案件を保存します。</translation>
    </message>
    <message>
        <source>Steps that apply</source>
        <translation>該当する手続き</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>手続き</translation>
    </message>
    <message>
        <source> (to confirm)</source>
        <translation>（要確認）</translation>
    </message>
    <message>
        <source>{n} steps, {c} to confirm</source>
        <translation>手続き {n}件（うち要確認 {c}件）</translation>
    </message>
</context>
<context>
    <name>QuestionsPage</name>
    <message>
        <source>Questions</source>
        <translation>聞き取り</translation>
    </message>
    <message>
        <source>Answer what you can; “Don&apos;t know” keeps the step as one to confirm.</source>
        <translation>わかる範囲で答えてください。「わからない」を選んだ手続きは、要確認として残ります。</translation>
    </message>
</context>
<context>
    <name>RecoverySheetDialog</name>
    <message>
        <source>Recovery sheet</source>
        <translation>回復シート</translation>
    </message>
    <message>
        <source>The case database is encrypted. Save the recovery sheet and print it: with its recovery key the database and its backups can be opened when this computer&apos;s keychain or the passphrase is lost. Keep the paper locked away from the computer, and delete the file once it is printed.</source>
        <translation>案件データベースは暗号化されています。回復シートを保存して印刷してください。このパソコンのキーチェーンやパスフレーズが使えなくなっても、回復キーがあればデータベースとバックアップを開けます。用紙はパソコンとは別の、鍵のかかる場所に保管し、印刷したらファイルは削除してください。</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>回復キー</translation>
    </message>
    <message>
        <source>&amp;Save the sheet as PDF…</source>
        <translation>シートをPDFで保存(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>後で(&amp;L)</translation>
    </message>
    <message>
        <source>Saved to {path}. Print it now, then delete the file.</source>
        <translation>{path} に保存しました。すぐに印刷し、その後ファイルを削除してください。</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>完了(&amp;D)</translation>
    </message>
    <message>
        <source>Save the recovery sheet</source>
        <translation>回復シートの保存</translation>
    </message>
</context>
<context>
    <name>ResidentDataActions</name>
    <message>
        <source>E&amp;xport the resident&apos;s records…</source>
        <translation>相談者の記録を書き出す(&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;Erase the resident (consent withdrawn)…</source>
        <translation>相談者を消去（同意の撤回）(&amp;E)…</translation>
    </message>
    <message>
        <source>The resident&apos;s records</source>
        <translation>相談者の記録</translation>
    </message>
    <message>
        <source>Open one of the resident&apos;s cases first, then choose this again.</source>
        <translation>先にその相談者の案件を開いてから、もう一度選んでください。</translation>
    </message>
    <message>
        <source>Folder for the resident&apos;s copy</source>
        <translation>相談者にお渡しする記録の保存先</translation>
    </message>
    <message>
        <source>The resident&apos;s copy</source>
        <translation>相談者にお渡しする記録</translation>
    </message>
    <message>
        <source>Saved {pdf} (to print or give) and {json} in {folder}.</source>
        <translation>{folder} に {pdf}（印刷またはお渡し用）と {json} を保存しました。</translation>
    </message>
    <message>
        <source>The resident and {n} case(s) were erased.</source>
        <translation>相談者と案件 {n}件を消去しました。</translation>
    </message>
    <message>
        <source>Erase the resident</source>
        <translation>相談者の消去</translation>
    </message>
    <message>
        <source>The resident has withdrawn their consent: erase everything about {name} — details, consent, every case, its steps, notes and history? This cannot be undone. Give them their copy first if they want one.</source>
        <translation>相談者が同意を撤回しました。{name} さんに関するすべて（情報、同意、すべての案件と手続き、メモ、履歴）を消去しますか。元に戻すことはできません。記録の写しを希望される場合は、先にお渡しください。</translation>
    </message>
    <message>
        <source>&amp;Erase</source>
        <translation>消去(&amp;E)</translation>
    </message>
</context>
<context>
    <name>ResidentPage</name>
    <message>
        <source>Resident</source>
        <translation>相談者</translation>
    </message>
    <message>
        <source>Find the resident, or add them as a new resident.</source>
        <translation>相談者を検索するか、新しく登録してください。</translation>
    </message>
    <message>
        <source>&amp;Existing resident</source>
        <translation>登録済みの相談者(&amp;E)</translation>
    </message>
    <message>
        <source>Ne&amp;w resident</source>
        <translation>新しい相談者(&amp;W)</translation>
    </message>
    <message>
        <source>Name or kana</source>
        <translation>氏名またはカナ</translation>
    </message>
    <message>
        <source>Search residents by name or kana</source>
        <translation>氏名またはカナで相談者を検索</translation>
    </message>
    <message>
        <source>Matching residents</source>
        <translation>該当する相談者</translation>
    </message>
    <message>
        <source>Resident name</source>
        <translation>相談者の氏名</translation>
    </message>
    <message>
        <source>Resident name in kana</source>
        <translation>相談者の氏名（カナ）</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>希望する言語</translation>
    </message>
    <message>
        <source>Needs &amp;large print</source>
        <translation>大きな文字が必要(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>氏名(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Kana</source>
        <translation>カナ(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>電話番号(&amp;P)</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>言語(&amp;G)</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Retention and locking</source>
        <translation>保存期間とロック</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 日</translation>
    </message>
    <message>
        <source>Keep closed cases for</source>
        <translation>終了した案件の保存期間</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分</translation>
    </message>
    <message>
        <source>Lock after no input for</source>
        <translation>操作がないときにロックするまでの時間</translation>
    </message>
    <message>
        <source>&amp;Save the rules</source>
        <translation>ルールを保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Keep closed cases for</source>
        <translation>終了した案件の保存期間(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Lock after no input for</source>
        <translation>操作がないときのロック(&amp;L)</translation>
    </message>
    <message>
        <source>What the retention period erases now</source>
        <translation>保存期間を過ぎて今消去されるもの</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>終了日</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>できごと</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>相談者</translation>
    </message>
    <message>
        <source>&amp;Erase these now…</source>
        <translation>これらを今すぐ消去(&amp;E)…</translation>
    </message>
    <message>
        <source>Nothing to erase now: no case still kept was closed before {date}.</source>
        <translation>今消去するものはありません。{date} より前に終了した案件は残っていません。</translation>
    </message>
    <message>
        <source>Closed before {date}: {cases} case(s) go, and {residents} resident(s) with nothing else kept. Backups made before the erasure keep them until the backups are rotated out (the last {daily} daily backups are kept).</source>
        <translation>{date}より前に終了した案件：{cases}件を消去し、ほかに記録が残らない相談者{residents}人も消去します。消去より前に作成したバックアップには、そのバックアップが入れ替わるまで残ります（毎日のバックアップは直近{daily}回分を保管）。</translation>
    </message>
    <message>
        <source>Erase {n} case(s) for good? This cannot be undone.</source>
        <translation>案件 {n}件を完全に消去しますか。元に戻すことはできません。</translation>
    </message>
    <message>
        <source>&amp;Erase</source>
        <translation>消去(&amp;E)</translation>
    </message>
    <message>
        <source>Erased {cases} case(s) and {residents} resident(s).</source>
        <translation>案件 {cases}件と相談者 {residents}人を消去しました。</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Volunteer</source>
        <translation>ボランティア</translation>
    </message>
    <message>
        <source>Counter staff</source>
        <translation>窓口職員</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>責任者</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Generic (any ward)</source>
        <translation>共通（区を指定しない）</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>標準</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>大きい</translation>
    </message>
    <message>
        <source>This is not a database the app can use. Give a PostgreSQL server as postgresql://USER@SERVER/DATABASE, or leave the URL empty for the SQLite file.</source>
        <translation>このデータベースは使えません。PostgreSQLサーバーは postgresql://ユーザー@サーバー/データベース の形で指定するか、SQLiteファイルを使う場合はURLを空欄にしてください。</translation>
    </message>
    <message>
        <source>No keychain can keep the password on this computer. Keep it with “assist-app database password” (protected by a passphrase) instead, or give it in PGPASSWORD.</source>
        <translation>このパソコンにはパスワードを保管できるキーチェーンがありません。代わりに「assist-app database password」で（パスフレーズで保護して）保管するか、PGPASSWORD で指定してください。</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>&amp;Ward offices</source>
        <translation>区の窓口情報(&amp;W)</translation>
    </message>
    <message>
        <source>Ward office layer</source>
        <translation>使用する区の窓口情報</translation>
    </message>
    <message>
        <source>&amp;Interface language</source>
        <translation>表示言語(&amp;I)</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>表示言語</translation>
    </message>
    <message>
        <source>&amp;Text size</source>
        <translation>文字の大きさ(&amp;T)</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>文字の大きさ</translation>
    </message>
    <message>
        <source>&amp;Handout language</source>
        <translation>案内の言語(&amp;H)</translation>
    </message>
    <message>
        <source>Default handout language</source>
        <translation>案内の標準の言語</translation>
    </message>
    <message>
        <source>Print handouts in &amp;large print</source>
        <translation>案内を大きな文字で印刷(&amp;L)</translation>
    </message>
    <message>
        <source>Data &amp;folder</source>
        <translation>データフォルダー(&amp;F)</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>データフォルダー</translation>
    </message>
    <message>
        <source>&amp;Database URL</source>
        <translation>データベースURL(&amp;D)</translation>
    </message>
    <message>
        <source>Database URL</source>
        <translation>データベースURL</translation>
    </message>
    <message>
        <source>postgresql://USER@SERVER/DATABASE</source>
        <translation>postgresql://ユーザー@サーバー/データベース</translation>
    </message>
    <message>
        <source>Database &amp;password</source>
        <translation>データベースのパスワード(&amp;P)</translation>
    </message>
    <message>
        <source>Database server password</source>
        <translation>データベースサーバーのパスワード</translation>
    </message>
    <message>
        <source>Leave the URL empty to use the SQLite file in the data folder, or give a PostgreSQL server shared by the office. The password is kept in the keychain, never in the settings file. A new database is used after the app restarts.</source>
        <translation>URLを空欄にすると、データフォルダーのSQLiteファイルを使います。事務所で共有するPostgreSQLサーバーを指定することもできます。パスワードは設定ファイルには書かず、キーチェーンに保管します。新しいデータベースはアプリを再起動すると使われます。</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>This account cannot sign in; ask a supervisor.</source>
        <translation>このアカウントではサインインできません。責任者に相談してください。</translation>
    </message>
    <message>
        <source>The stored PIN is damaged; ask a supervisor to set a new one.</source>
        <translation>保存されている暗証番号が壊れています。責任者に新しい暗証番号の設定を依頼してください。</translation>
    </message>
    <message>
        <source>Too many wrong PINs; wait {n} s and try again.</source>
        <translation>暗証番号の誤りが続いたため、{n}秒待ってからやり直してください。</translation>
    </message>
    <message>
        <source>Wrong PIN. Too many wrong PINs; wait {n} s and try again.</source>
        <translation>暗証番号が違います。誤りが続いたため、{n}秒待ってからやり直してください。</translation>
    </message>
    <message>
        <source>Wrong PIN; 1 more try before a wait.</source>
        <translation>暗証番号が違います。あと1回間違えると、しばらく待つ必要があります。</translation>
    </message>
    <message>
        <source>Wrong PIN; {n} more tries before a wait.</source>
        <translation>暗証番号が違います。あと{n}回間違えると、しばらく待つ必要があります。</translation>
    </message>
    <message>
        <source>Welcome to Procedure Assist</source>
        <translation>手続きアシストへようこそ</translation>
    </message>
    <message>
        <source>Procedure Assist is locked</source>
        <translation>手続きアシストはロック中です</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>サインイン</translation>
    </message>
    <message>
        <source>Helpers</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation>暗証番号（PIN）(&amp;P)</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>暗証番号（PIN）</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>サインイン(&amp;S)</translation>
    </message>
    <message>
        <source>First account (a supervisor)</source>
        <translation>最初のアカウント（責任者）</translation>
    </message>
    <message>
        <source>Who you are</source>
        <translation>あなたは</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>あなたの氏名</translation>
    </message>
    <message>
        <source>Choose a PIN</source>
        <translation>暗証番号を決める</translation>
    </message>
    <message>
        <source>The same PIN again</source>
        <translation>確認のため同じ暗証番号</translation>
    </message>
    <message>
        <source>You &amp;are</source>
        <translation>あなたは(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>氏名(&amp;N)</translation>
    </message>
    <message>
        <source>PIN a&amp;gain</source>
        <translation>暗証番号（確認）(&amp;G)</translation>
    </message>
    <message>
        <source>A PIN of at least 4 characters; not all the same, not 1234.</source>
        <translation>暗証番号は4文字以上。すべて同じ文字や、1234のような並びは使えません。</translation>
    </message>
    <message>
        <source>&amp;Create account and sign in</source>
        <translation>アカウントを作成してサインイン(&amp;C)</translation>
    </message>
    <message>
        <source>A new helper</source>
        <translation>新しい担当者</translation>
    </message>
    <message>
        <source>Nobody can sign in yet. Create the first account: it is a supervisor, who then adds the other helpers. Every change and every look at a record is recorded under the helper&apos;s name.</source>
        <translation>まだ誰もサインインできません。最初のアカウントを作成してください。最初のアカウントは責任者で、ほかの担当者を追加します。記録の変更と表示は、すべて担当者の名前で記録されます。</translation>
    </message>
    <message>
        <source>Choose your name and enter your PIN. Nothing about residents is shown until then.</source>
        <translation>自分の名前を選び、暗証番号を入力してください。それまで相談者の情報は表示されません。</translation>
    </message>
    <message>
        <source>Enter your name.</source>
        <translation>氏名を入力してください。</translation>
    </message>
</context>
<context>
    <name>StepDetailWidget</name>
    <message>
        <source>&amp;Reason, if the step is blocked (needed for “Blocked”)</source>
        <translation>保留の理由（「保留」にするときは必須）(&amp;R)</translation>
    </message>
    <message>
        <source>Reason the step is blocked</source>
        <translation>保留の理由</translation>
    </message>
    <message>
        <source>Notes (saved as you type)</source>
        <translation>メモ（入力すると自動で保存）</translation>
    </message>
    <message>
        <source>Notes for this step</source>
        <translation>この手続きのメモ</translation>
    </message>
    <message>
        <source>Choose a step on the left.</source>
        <translation>左の一覧から手続きを選んでください。</translation>
    </message>
    <message>
        <source>{kind}: {date} — {countdown}</source>
        <translation>{kind}：{date}（{countdown}）</translation>
    </message>
    <message>
        <source>{kind}: no date</source>
        <translation>{kind}：日付なし</translation>
    </message>
    <message>
        <source>Status: {s}</source>
        <translation>状況：{s}</translation>
    </message>
    <message>
        <source>Last change by {who}</source>
        <translation>最終更新：{who}</translation>
    </message>
    <message>
        <source>Type why the step is blocked, then choose “Blocked” again.</source>
        <translation>保留の理由を入力してから、もう一度「保留」を選んでください。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>保存中…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>保存しました</translation>
    </message>
    <message>
        <source>To confirm — answered “Don&apos;t know”:</source>
        <translation>要確認 —「わからない」と回答した質問：</translation>
    </message>
    <message>
        <source>After the answers were revised, this step no longer applies.</source>
        <translation>回答の修正により、この手続きは対象外になりました。</translation>
    </message>
    <message>
        <source>Phone: {p}</source>
        <translation>電話：{p}</translation>
    </message>
    <message>
        <source>Where ({level})</source>
        <translation>窓口（{level}）</translation>
    </message>
    <message>
        <source>What to bring</source>
        <translation>持ち物</translation>
    </message>
    <message>
        <source>Deadline rule</source>
        <translation>期限の決まり</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>根拠</translation>
    </message>
    <message>
        <source>Not yet verified against an official source: confirm at the counter.</source>
        <translation>公式の資料でまだ確認していない情報です。窓口で確かめてください。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>How</source>
        <translation>手続きの方法</translation>
    </message>
    <message>
        <source>Official page</source>
        <translation>公式ページ</translation>
    </message>
    <message>
        <source>can be done online</source>
        <translation>オンラインで手続きできる</translation>
    </message>
    <message>
        <source>needs a visit</source>
        <translation>窓口に行く必要がある</translation>
    </message>
    <message>
        <source>needs booking</source>
        <translation>予約が必要</translation>
    </message>
    <message>
        <source>by post</source>
        <translation>郵送でできる</translation>
    </message>
    <message>
        <source>happens automatically</source>
        <translation>自動で手続きされる</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Today&apos;s work</source>
        <translation>本日の案件</translation>
    </message>
    <message>
        <source>Find a resident by name or kana (Ctrl+F)</source>
        <translation>氏名またはカナで相談者を検索（Ctrl+F）</translation>
    </message>
    <message>
        <source>Find a resident by name or kana</source>
        <translation>氏名またはカナで相談者を検索</translation>
    </message>
    <message>
        <source>Open cases, nearest due date first</source>
        <translation>対応中の案件（期限の近い順）</translation>
    </message>
    <message>
        <source>New case…</source>
        <translation>新規受付…</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>新規受付</translation>
    </message>
    <message>
        <source>{n} open cases for “{q}”</source>
        <translation>「{q}」の対応中の案件：{n}件</translation>
    </message>
    <message>
        <source>{n} open cases shown, {o} overdue</source>
        <translation>対応中の案件 {n}件を表示（うち期限超過 {o}件）</translation>
    </message>
    <message>
        <source>No open cases. Start one with “New case…” (Ctrl+N).</source>
        <translation>対応中の案件はありません。「新規受付…」（Ctrl+N）から始めてください。</translation>
    </message>
</context>
<context>
    <name>Unlock</name>
    <message>
        <source>No keychain is available on this computer.</source>
        <translation>このパソコンでは使えるキーチェーンがありません。</translation>
    </message>
    <message>
        <source>No keychain service (Secret Service) answers on this computer.</source>
        <translation>このパソコンではキーチェーンのサービス（Secret Service）が応答しません。</translation>
    </message>
    <message>
        <source>The keychain is locked.</source>
        <translation>キーチェーンがロックされています。</translation>
    </message>
    <message>
        <source>The keychain keeps secrets in a plain file, which is not safe, so it is not used.</source>
        <translation>このキーチェーンは秘密情報を暗号化せずにファイルに保存するため、安全ではないので使いません。</translation>
    </message>
    <message>
        <source>The keychain no longer holds this database&apos;s key (for example, the data folder was copied from another computer).</source>
        <translation>キーチェーンにこのデータベースの鍵がありません（たとえば、データのフォルダーを別のパソコンからコピーした場合）。</translation>
    </message>
    <message>
        <source>The keychain holds a different key for this database.</source>
        <translation>キーチェーンにはこのデータベースとは別の鍵が入っています。</translation>
    </message>
    <message>
        <source>The keychain could not be used.</source>
        <translation>キーチェーンを使えませんでした。</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Use the &amp;recovery key…</source>
        <translation>回復キーを使う(&amp;R)…</translation>
    </message>
    <message>
        <source>Try the &amp;keychain again</source>
        <translation>キーチェーンをもう一度試す(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>Protect the case database</source>
        <translation>案件データベースの保護</translation>
    </message>
    <message>
        <source>Choose a passphrase to protect the key of the case database instead (at least {n} characters; several unrelated words work well). It is asked for each time the app starts. Next you will save a recovery sheet, which opens the database if the passphrase is lost.</source>
        <translation>代わりに、案件データベースの鍵を守るパスフレーズを決めてください（{n}文字以上。関係のない言葉をいくつか並べると覚えやすく安全です）。アプリを起動するたびに入力します。次に、パスフレーズを忘れたときにデータベースを開くための回復シートを保存します。</translation>
    </message>
    <message>
        <source>Open the case database</source>
        <translation>案件データベースを開く</translation>
    </message>
    <message>
        <source>Enter the passphrase of the case database.</source>
        <translation>案件データベースのパスフレーズを入力してください。</translation>
    </message>
    <message>
        <source>Open with the recovery key</source>
        <translation>回復キーで開く</translation>
    </message>
    <message>
        <source>Type the recovery key from the recovery sheet, or scan its QR code.</source>
        <translation>回復シートの回復キーを入力するか、QRコードを読み取ってください。</translation>
    </message>
    <message>
        <source>Then choose a passphrase: it will open the database from now on.</source>
        <translation>続けてパスフレーズを決めてください。今後はこのパスフレーズでデータベースを開きます。</translation>
    </message>
    <message>
        <source>The passphrase needs at least {n} characters.</source>
        <translation>パスフレーズは{n}文字以上にしてください。</translation>
    </message>
    <message>
        <source>The two passphrases differ; type them again.</source>
        <translation>2つのパスフレーズが一致しません。もう一度入力してください。</translation>
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation>パスフレーズを入力してください。</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>パスフレーズ(&amp;P)</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>パスフレーズ</translation>
    </message>
    <message>
        <source>&amp;Again</source>
        <translation>もう一度(&amp;A)</translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation>同じパスフレーズをもう一度</translation>
    </message>
    <message>
        <source>&amp;Recovery key</source>
        <translation>回復キー(&amp;R)</translation>
    </message>
    <message>
        <source>Recovery key from the recovery sheet</source>
        <translation>回復シートの回復キー</translation>
    </message>
    <message>
        <source>XXXX-XXXX-… (type it, or scan the sheet&apos;s QR code)</source>
        <translation>XXXX-XXXX-…（入力するか、シートのQRコードを読み取る）</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>新しいパスフレーズ(&amp;N)</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>新しいパスフレーズ</translation>
    </message>
    <message>
        <source>A&amp;gain</source>
        <translation>もう一度(&amp;G)</translation>
    </message>
    <message>
        <source>The same new passphrase again</source>
        <translation>同じ新しいパスフレーズをもう一度</translation>
    </message>
</context>
</TS>

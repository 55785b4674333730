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
    <name>BatchPrintDialog</name>
    <message>
        <source>Each resident&apos;s language</source>
        <translation>相談者ごとの言語</translation>
    </message>
    <message>
        <source>Each resident&apos;s print size</source>
        <translation>相談者ごとの文字の大きさ</translation>
    </message>
    <message>
        <source>Normal print</source>
        <translation>標準の文字</translation>
    </message>
    <message>
        <source>Large print</source>
        <translation>大きな文字</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) ticked</source>
        <translation>
            <numerusform>%n件を選択中</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>印刷(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>保存(&amp;S)…</translation>
    </message>
    <message>
        <source>Print handouts for several cases</source>
        <translation>複数の案件の案内を印刷</translation>
    </message>
    <message>
        <source>One handout per ticked case, e.g. before an announced outage. Each handout is recorded in its case&apos;s history.</source>
        <translation>チェックした案件ごとに案内を1部ずつ作ります（停電が予告されたときなど）。印刷した案内は、それぞれの案件の履歴に記録されます。</translation>
    </message>
    <message>
        <source>Open cases to print</source>
        <translation>印刷する対応中の案件</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>すべて選択(&amp;A)</translation>
    </message>
    <message>
        <source>Select &amp;none</source>
        <translation>選択をすべて解除(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>Handout language</source>
        <translation>案内の言語</translation>
    </message>
    <message>
        <source>Print si&amp;ze</source>
        <translation>文字の大きさ(&amp;Z)</translation>
    </message>
    <message>
        <source>Print size</source>
        <translation>文字の大きさ</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>出力先</translation>
    </message>
    <message>
        <source>To a p&amp;rinter</source>
        <translation>プリンターへ(&amp;R)</translation>
    </message>
    <message>
        <source>As PDF &amp;files in a folder (one per case, named by case number)</source>
        <translation>フォルダーにPDFファイルで保存（案件ごとに1つ、受付番号のファイル名）(&amp;F)</translation>
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
        <source>&amp;Print handout…</source>
        <translation>案内を印刷(&amp;P)…</translation>
    </message>
    <message>
        <source>Print the resident&apos;s handout</source>
        <translation>相談者にお渡しする案内を印刷</translation>
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
    <name>CoreMessages</name>
    <message>
        <source>No case {case_id}.</source>
        <translation>受付番号 {case_id} の案件はありません。</translation>
    </message>
    <message>
        <source>No resident {resident_id}.</source>
        <translation>番号 {resident_id} の相談者はいません。</translation>
    </message>
    <message>
        <source>No helper {helper_id}.</source>
        <translation>番号 {helper_id} の担当者はいません。</translation>
    </message>
    <message>
        <source>No checklist item {item_id}.</source>
        <translation>番号 {item_id} のチェックリストの項目はありません。</translation>
    </message>
    <message>
        <source>No catalog “{catalog}” is loaded; check “assist-app catalog check”.</source>
        <translation>手続き情報「{catalog}」が読み込まれていません。「assist-app catalog check」で確かめてください。</translation>
    </message>
    <message>
        <source>The catalog {catalog} has no question “{question}”.</source>
        <translation>手続き情報 {catalog} には質問「{question}」がありません。</translation>
    </message>
    <message>
        <source>{question}: expected yes, no or unknown; got “{value}”.</source>
        <translation>{question}：はい・いいえ・わからないのどれかで答えてください（入力：「{value}」）。</translation>
    </message>
    <message>
        <source>{question}: expected one of {choices} or unknown; got “{value}”.</source>
        <translation>{question}：{choices} のどれか、または「わからない」で答えてください（入力：「{value}」）。</translation>
    </message>
    <message>
        <source>{question}: expected a date YYYY-MM-DD; got “{value}”.</source>
        <translation>{question}：日付を YYYY-MM-DD で入力してください（入力：「{value}」）。</translation>
    </message>
    <message>
        <source>{question}: expected a whole number; got “{value}”.</source>
        <translation>{question}：整数を入力してください（入力：「{value}」）。</translation>
    </message>
    <message>
        <source>{question}: {value} is outside {minimum}–{maximum}.</source>
        <translation>{question}：{value} は {minimum}〜{maximum} の範囲外です。</translation>
    </message>
    <message>
        <source>{question}: {value} is less than {minimum}.</source>
        <translation>{question}：{value} は {minimum} より小さい値です。</translation>
    </message>
    <message>
        <source>{question}: {value} is more than {maximum}.</source>
        <translation>{question}：{value} は {maximum} より大きい値です。</translation>
    </message>
    <message>
        <source>The day it became known cannot be before the event date.</source>
        <translation>知った日を発生日より前にすることはできません。</translation>
    </message>
    <message>
        <source>Unknown status “{status}”.</source>
        <translation>「{status}」という状況はありません。</translation>
    </message>
    <message>
        <source>Say why the step is blocked.</source>
        <translation>保留にする理由を入力してください。</translation>
    </message>
    <message>
        <source>This step was changed by someone else meanwhile; reload the case to see it.</source>
        <translation>その間に、ほかの人がこの手続きを変更しました。案件を開き直して確認してください。</translation>
    </message>
    <message>
        <source>This case was changed by someone else meanwhile; reload it and try again.</source>
        <translation>その間に、ほかの人がこの案件を変更しました。案件を開き直してから、もう一度操作してください。</translation>
    </message>
    <message>
        <source>Record the resident&apos;s consent before {doing}.</source>
        <translation>{doing}前に、相談者の同意を記録してください。</translation>
    </message>
    <message>
        <source>opening a case</source>
        <translation>案件を受け付ける</translation>
    </message>
    <message>
        <source>changing the answers</source>
        <translation>回答を修正する</translation>
    </message>
    <message>
        <source>changing a step</source>
        <translation>手続きの状況を変更する</translation>
    </message>
    <message>
        <source>changing their details</source>
        <translation>相談者の情報を変更する</translation>
    </message>
    <message>
        <source>Record what the resident agreed to before saving anything about them.</source>
        <translation>相談者について何かを保存する前に、相談者が同意した内容を記録してください。</translation>
    </message>
    <message>
        <source>Enter the resident&apos;s name.</source>
        <translation>相談者の氏名を入力してください。</translation>
    </message>
    <message>
        <source>Unknown language “{language}”; expected ja, en or easy_ja.</source>
        <translation>「{language}」という言語はありません。ja、en、easy_ja のどれかにしてください。</translation>
    </message>
    <message>
        <source>Case {case_id} is looked after by another helper, so it is not shown or changed here. Ask counter staff to hand it over to you.</source>
        <translation>受付番号 {case_id} の案件はほかの担当者が対応しているため、ここでは表示も変更もできません。窓口職員に引き継ぎを依頼してください。</translation>
    </message>
    <message>
        <source>Resident {resident_id} is looked after by another helper, so nothing about them is shown or changed here. Ask counter staff for help.</source>
        <translation>番号 {resident_id} の相談者はほかの担当者が対応しているため、ここでは何も表示・変更できません。窓口職員に相談してください。</translation>
    </message>
    <message>
        <source>The app was locked meanwhile. Sign in, then try again.</source>
        <translation>その間にアプリがロックされました。サインインしてから、もう一度操作してください。</translation>
    </message>
    <message>
        <source>Only a supervisor can {action}. Ask a supervisor.</source>
        <translation>{action}は責任者だけができます。責任者に依頼してください。</translation>
    </message>
    <message>
        <source>manage accounts</source>
        <translation>アカウントの管理</translation>
    </message>
    <message>
        <source>add accounts</source>
        <translation>アカウントの追加</translation>
    </message>
    <message>
        <source>set another helper&apos;s PIN</source>
        <translation>ほかの担当者の暗証番号の設定</translation>
    </message>
    <message>
        <source>change roles</source>
        <translation>役割の変更</translation>
    </message>
    <message>
        <source>deactivate accounts</source>
        <translation>アカウントの停止</translation>
    </message>
    <message>
        <source>read the audit log</source>
        <translation>操作記録の閲覧</translation>
    </message>
    <message>
        <source>check the audit log</source>
        <translation>操作記録の検証</translation>
    </message>
    <message>
        <source>change the rules of this installation</source>
        <translation>保存期間とロックのルールの変更</translation>
    </message>
    <message>
        <source>see what the retention period will erase</source>
        <translation>保存期間を過ぎて消去されるものの確認</translation>
    </message>
    <message>
        <source>erase data at the end of the retention period</source>
        <translation>保存期間を過ぎたデータの消去</translation>
    </message>
    <message>
        <source>see the reports</source>
        <translation>集計表の閲覧</translation>
    </message>
    <message>
        <source>write a backup outside the backups folder</source>
        <translation>バックアップのフォルダー以外へのバックアップ</translation>
    </message>
    <message>
        <source>see the recovery key</source>
        <translation>回復キーの表示</translation>
    </message>
    <message>
        <source>print the recovery sheet</source>
        <translation>回復シートの印刷</translation>
    </message>
    <message>
        <source>set the passphrase</source>
        <translation>パスフレーズの設定</translation>
    </message>
    <message>
        <source>An account already exists; sign in, or ask a supervisor for an account.</source>
        <translation>アカウントはすでにあります。サインインするか、責任者にアカウントの作成を依頼してください。</translation>
    </message>
    <message>
        <source>Enter your name.</source>
        <translation>氏名を入力してください。</translation>
    </message>
    <message>
        <source>Enter the helper&apos;s name.</source>
        <translation>担当者の氏名を入力してください。</translation>
    </message>
    <message>
        <source>The current PIN is not right.</source>
        <translation>今の暗証番号が違います。</translation>
    </message>
    <message>
        <source>Unknown role “{role}”; expected one of {roles}.</source>
        <translation>「{role}」という役割はありません。{roles} のどれかにしてください。</translation>
    </message>
    <message>
        <source>This is the last supervisor who can sign in; make someone else supervisor first.</source>
        <translation>サインインできる責任者はこの人だけです。先にほかの人を責任者にしてください。</translation>
    </message>
    <message>
        <source>This account cannot sign in; ask a supervisor.</source>
        <translation>このアカウントではサインインできません。責任者に相談してください。</translation>
    </message>
    <message>
        <source>Too many wrong PINs; wait {seconds} s and try again.</source>
        <translation>暗証番号の誤りが続いたため、{seconds}秒待ってからやり直してください。</translation>
    </message>
    <message>
        <source>Wrong PIN. Too many wrong PINs; wait {seconds} s and try again.</source>
        <translation>暗証番号が違います。誤りが続いたため、{seconds}秒待ってからやり直してください。</translation>
    </message>
    <message>
        <source>Wrong PIN; 1 more try before a wait.</source>
        <translation>暗証番号が違います。あと1回間違えると、しばらく待つ必要があります。</translation>
    </message>
    <message>
        <source>Wrong PIN; {tries} more tries before a wait.</source>
        <translation>暗証番号が違います。あと{tries}回間違えると、しばらく待つ必要があります。</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>暗証番号が違います。</translation>
    </message>
    <message>
        <source>Unknown setting “{setting}”.</source>
        <translation>「{setting}」という設定はありません。</translation>
    </message>
    <message>
        <source>The retention period must be between {low} and {high} days.</source>
        <translation>保存期間は{low}日から{high}日の間にしてください。</translation>
    </message>
    <message>
        <source>The idle time before locking must be between {low} and {high} seconds.</source>
        <translation>ロックするまでの時間は{low}秒から{high}秒の間にしてください。</translation>
    </message>
    <message>
        <source>This is not a resume code. Scan the code printed next to “Resume code” on the handout.</source>
        <translation>再開コードではありません。案内の「次回お越しのときは」の横にあるコードを読み取ってください。</translation>
    </message>
    <message>
        <source>This is not a resume code (a resume code has only digits). Scan the code printed next to “Resume code” on the handout.</source>
        <translation>再開コードではありません（再開コードは数字だけです）。案内の「次回お越しのときは」の横にあるコードを読み取ってください。</translation>
    </message>
    <message>
        <source>This resume code was made in a format this version cannot read.</source>
        <translation>この再開コードは、このバージョンでは読めない形式で作られています。</translation>
    </message>
    <message>
        <source>The resume code&apos;s content is not in a format this version reads.</source>
        <translation>再開コードの内容が、このバージョンで読める形式ではありません。</translation>
    </message>
    <message>
        <source>The resume code is cut short: digits are missing at the end. Scan it again and hold the scanner still until it beeps.</source>
        <translation>再開コードが途中で切れています（最後の数字が足りません）。もう一度、音が鳴るまでスキャナーを動かさずに読み取ってください。</translation>
    </message>
    <message>
        <source>The resume code is cut short ({digits} of {expected} digits). Scan or type it again; hold the scanner still until it beeps.</source>
        <translation>再開コードが途中で切れています（{expected}桁のうち{digits}桁）。もう一度読み取るか入力してください。スキャナーは音が鳴るまで動かさないでください。</translation>
    </message>
    <message>
        <source>The resume code is damaged (its length digits are wrong). Scan it again; if it keeps failing, open the case by its number.</source>
        <translation>再開コードが傷んでいます（長さを示す数字が合いません）。もう一度読み取ってください。何度も失敗するときは、受付番号で案件を開いてください。</translation>
    </message>
    <message>
        <source>The resume code has {extra} digits too many. Scan it again; if it keeps failing, open the case by its number.</source>
        <translation>再開コードの数字が{extra}桁多すぎます。もう一度読み取ってください。何度も失敗するときは、受付番号で案件を開いてください。</translation>
    </message>
    <message>
        <source>The resume code is damaged. Scan it again; if it keeps failing, open the case by its number.</source>
        <translation>再開コードが傷んでいます。もう一度読み取ってください。何度も失敗するときは、受付番号で案件を開いてください。</translation>
    </message>
    <message>
        <source>The resume code is damaged or was misread (its check digits do not match). Scan it again; if it keeps failing, open the case by its number.</source>
        <translation>再開コードが傷んでいるか、読み取りを誤りました（検査用の数字が合いません）。もう一度読み取ってください。何度も失敗するときは、受付番号で案件を開いてください。</translation>
    </message>
    <message>
        <source>The resume code was signed by installation {key_id}, which this one does not trust. To accept its codes, import that installation&apos;s public key (in the app: File ▸ Resume-code keys; on the command line: assist-app keys import).</source>
        <translation>この再開コードは、この端末が信頼していない端末（鍵の番号 {key_id}）が署名したものです。その端末のコードを受け付けるには、その端末の公開鍵を取り込んでください（ファイル ▸ 再開コードの鍵）。</translation>
    </message>
    <message>
        <source>The resume code&apos;s signature does not match: the paper was altered, or it was not made by {signer}. Do not use it; open the case by its number.</source>
        <translation>再開コードの署名が合いません。紙が書き換えられたか、{signer}で作られたものではありません。このコードは使わず、受付番号で案件を開いてください。</translation>
    </message>
    <message>
        <source>this installation</source>
        <translation>この端末</translation>
    </message>
    <message>
        <source>This resume code expired on {date}. Open the case by its number, or print a new handout.</source>
        <translation>この再開コードの有効期限は {date} でした。受付番号で案件を開くか、新しい案内を印刷してください。</translation>
    </message>
    <message>
        <source>No resume code could be read in {file}. Scan the page again at 200 dpi or more, flat and in focus.</source>
        <translation>{file} から再開コードを読み取れませんでした。紙を平らに置き、200 dpi 以上で、ピントを合わせてもう一度スキャンしてください。</translation>
    </message>
    <message>
        <source>No resume code could be read in {file} ({count} other QR code(s) found). Scan the page again at 200 dpi or more, flat and in focus.</source>
        <translation>{file} から再開コードを読み取れませんでした（ほかのQRコードが{count}個ありました）。紙を平らに置き、200 dpi 以上で、ピントを合わせてもう一度スキャンしてください。</translation>
    </message>
    <message>
        <source>{file} is not an image this app can read.</source>
        <translation>{file} は、このアプリで読める画像ではありません。</translation>
    </message>
    <message>
        <source>{file} is not a PDF this app can read.</source>
        <translation>{file} は、このアプリで読めるPDFではありません。</translation>
    </message>
    <message>
        <source>The code is for the procedure catalog “{catalog}”, which is not loaded here; open the case by its number.</source>
        <translation>このコードは手続き情報「{catalog}」で作られていますが、この端末には読み込まれていません。受付番号で案件を開いてください。</translation>
    </message>
    <message>
        <source>The code was made with catalog {catalog} {version}, whose list of procedures differs from the loaded {loaded}, so its steps cannot be matched; open the case by its number.</source>
        <translation>このコードは手続き情報「{catalog}」の {version} 版で作られており、この端末の {loaded} 版とは手続きの一覧が違うため、手続きを照らし合わせられません。受付番号で案件を開いてください。</translation>
    </message>
    <message>
        <source>This code&apos;s case is not in this database; recreate it for a resident instead.</source>
        <translation>このコードの案件はこのデータベースにありません。代わりに、相談者を選んで案件を作り直してください。</translation>
    </message>
    <message>
        <source>Step {step} of this case changed on this computer meanwhile; scan the code again.</source>
        <translation>その間に、この端末でこの案件の手続き {step} が変更されました。もう一度コードを読み取ってください。</translation>
    </message>
    <message>
        <source>This installation&apos;s resume-code key in the keychain (entry “{entry}”) cannot be read; it was left untouched. Ask whoever looks after this computer.</source>
        <translation>キーチェーンにある、この端末の再開コードの鍵（項目「{entry}」）を読み込めません。鍵はそのままにしてあります。このコンピューターの管理者に相談してください。</translation>
    </message>
    <message>
        <source>{file} is not a public-key file (not text). Ask for the file again.</source>
        <translation>{file} は公開鍵ファイルではありません（テキストではありません）。ファイルをもう一度受け取ってください。</translation>
    </message>
    <message>
        <source>{file} is not a public-key file (not JSON). Ask for the file again.</source>
        <translation>{file} は公開鍵ファイルではありません（JSON ではありません）。ファイルをもう一度受け取ってください。</translation>
    </message>
    <message>
        <source>{file} is not a public-key file of this app. Ask for the file again.</source>
        <translation>{file} はこのアプリの公開鍵ファイルではありません。ファイルをもう一度受け取ってください。</translation>
    </message>
    <message>
        <source>{where}: expected an object with key_id and public_key.</source>
        <translation>{where}：鍵の項目の形式が違います（key_id と public_key が必要です）。</translation>
    </message>
    <message>
        <source>{where}: the public key is missing or not an Ed25519 key.</source>
        <translation>{where}：公開鍵がないか、Ed25519 の鍵ではありません。</translation>
    </message>
    <message>
        <source>{where}: the key id does not match the key (the file was changed or cut).</source>
        <translation>{where}：鍵の番号が鍵と合いません（ファイルが書き換えられたか、途中で切れています）。</translation>
    </message>
    <message>
        <source>{file}, key {number}</source>
        <translation>{file} の {number} 番目の鍵</translation>
    </message>
    <message>
        <source>{file} cannot be read; restore it or import the keys again.</source>
        <translation>{file} を読み込めません。ファイルを元に戻すか、鍵をもう一度取り込んでください。</translation>
    </message>
    <message>
        <source>{file} is not a trusted-keys file; restore it or import the keys again.</source>
        <translation>{file} は信頼している鍵のファイルではありません。ファイルを元に戻すか、鍵をもう一度取り込んでください。</translation>
    </message>
    <message>
        <source>{file}: the keys must be a list; restore it or import the keys again.</source>
        <translation>{file}：鍵の一覧の形式が違います。ファイルを元に戻すか、鍵をもう一度取り込んでください。</translation>
    </message>
    <message>
        <source>Type a code from the sheet: D01 and a status key, or Q1 and an answer.</source>
        <translation>用紙の記号を入力してください。手続きは D01 と欄の番号、質問は Q1 と回答です。</translation>
    </message>
    <message>
        <source>{code}: type the answer after the question number.</source>
        <translation>{code}：質問の番号のあとに回答を入力してください。</translation>
    </message>
    <message>
        <source>{code}: no step or question on this sheet has this code.</source>
        <translation>{code}：この用紙には、この記号の手続きも質問もありません。</translation>
    </message>
    <message>
        <source>{code}: type a status key after the code (1 done … 5 does not apply, 0 nothing ticked).</source>
        <translation>{code}：記号のあとに、印の付いた欄の番号を入力してください（1 済 … 5 対象外、0 印なし）。</translation>
    </message>
    <message>
        <source>{code}: “{key}” is not a status key (1 done, 2 in progress, 3 not needed, 4 on hold, 5 does not apply, 0 nothing ticked).</source>
        <translation>{code}：「{key}」は用紙の欄の番号ではありません（1 済、2 手続き中、3 不要、4 保留、5 対象外、0 印なし）。</translation>
    </message>
    <message>
        <source>{code}: answer 1 (yes), 2 (no) or ? (don&apos;t know).</source>
        <translation>{code}：1（はい）、2（いいえ）、?（わからない）のどれかで答えてください。</translation>
    </message>
    <message>
        <source>{code}: answer with the box&apos;s number, 1 to {last}, or ?.</source>
        <translation>{code}：欄の番号（1〜{last}）または ? で答えてください。</translation>
    </message>
    <message>
        <source>{code}: type the date as YYYYMMDD or YYYY-MM-DD, or ?.</source>
        <translation>{code}：日付を YYYYMMDD または YYYY-MM-DD で入力するか、? を入力してください。</translation>
    </message>
    <message>
        <source>{code}: {value} is not a date.</source>
        <translation>{code}：{value} は日付ではありません。</translation>
    </message>
    <message>
        <source>{code}: type a whole number, or ?.</source>
        <translation>{code}：整数または ? を入力してください。</translation>
    </message>
    <message>
        <source>{code}: {value} is outside {minimum}–{maximum}; type a number in that range, or ?.</source>
        <translation>{code}：{value} は {minimum}〜{maximum} の範囲外です。この範囲の数または ? を入力してください。</translation>
    </message>
    <message>
        <source>{code}: type a number of {minimum} or more, or ?.</source>
        <translation>{code}：{minimum} 以上の数または ? を入力してください。</translation>
    </message>
    <message>
        <source>{code}: type a number up to {maximum}, or ?.</source>
        <translation>{code}：{maximum} 以下の数または ? を入力してください。</translation>
    </message>
    <message>
        <source>No catalog “{catalog}” is loaded; the sheet cannot be entered.</source>
        <translation>手続き情報「{catalog}」が読み込まれていないため、用紙を入力できません。</translation>
    </message>
    <message>
        <source>Case {case_id} is for {case_event}, but the sheet is for {sheet_event}; choose the case of the same life event, or open a new case.</source>
        <translation>受付番号 {case_id} の案件は「{case_event}」の案件ですが、用紙は「{sheet_event}」のものです。同じできごとの案件を選ぶか、新しい案件にしてください。</translation>
    </message>
    <message>
        <source>No catalog “{catalog}” is loaded; the handout cannot be made.</source>
        <translation>手続き情報「{catalog}」が読み込まれていないため、案内を作れません。</translation>
    </message>
    <message>
        <source>No kit sheet called {sheets}.</source>
        <translation>キットに「{sheets}」という用紙はありません。</translation>
    </message>
    <message>
        <source>Choose at least one sheet to print.</source>
        <translation>印刷する用紙を1つ以上選んでください。</translation>
    </message>
    <message>
        <source>The kit has none of the chosen sheets.</source>
        <translation>選んだ用紙はキットにありません。</translation>
    </message>
    <message>
        <source>No catalog {catalogs} is loaded; the outage kit cannot be made.</source>
        <translation>手続き情報 {catalogs} が読み込まれていないため、紙の手続きキットを作れません。</translation>
    </message>
    <message>
        <source>No catalog is loaded; the outage kit cannot be made.</source>
        <translation>手続き情報が読み込まれていないため、紙の手続きキットを作れません。</translation>
    </message>
    <message>
        <source>The camera cannot be used: its part of the app (OpenCV) is not installed. Scan the code with the scanner or open a scanned file instead.</source>
        <translation>カメラは使えません（このアプリのカメラ用の部品 OpenCV が入っていません）。スキャナーで読み取るか、スキャンしたファイルを開いてください。</translation>
    </message>
    <message>
        <source>No camera number {camera} was found. Plug the camera in and try again, or use the scanner.</source>
        <translation>カメラ {camera} 番が見つかりません。カメラをつないでもう一度お試しいただくか、スキャナーをお使いください。</translation>
    </message>
    <message>
        <source>Camera number {camera} could not be opened: it is not plugged in, or another program is using it. Close that program (a video call, for example) and try again.</source>
        <translation>カメラ {camera} 番を開けませんでした。つながっていないか、ほかのプログラムが使っています。そのプログラム（ビデオ通話など）を閉じて、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Camera number {camera} gives no picture: another program may be using it. Close that program (a video call, for example) and try again.</source>
        <translation>カメラ {camera} 番から映像が届きません。ほかのプログラムが使っているかもしれません。そのプログラム（ビデオ通話など）を閉じて、もう一度お試しください。</translation>
    </message>
    <message>
        <source>{file} is not a video this app can read.</source>
        <translation>{file} は、このアプリで読める動画ではありません。</translation>
    </message>
    <message>
        <source>The camera stopped before a resume code was seen. Try again and hold the handout still, with the code filling about a third of the picture.</source>
        <translation>再開コードが読み取れないまま、カメラが止まりました。もう一度、コードが画面の3分の1ほどの大きさに映るように、用紙を動かさずにかざしてください。</translation>
    </message>
    <message>
        <source>No resume code was seen in {file}.</source>
        <translation>{file} の中に再開コードは見つかりませんでした。</translation>
    </message>
    <message>
        <source>the database server</source>
        <translation>データベースサーバー</translation>
    </message>
    <message>
        <source>The disk is full, so the last change was not saved; everything saved before it is safe. Free some space (or move the data folder to a larger disk) and try again.</source>
        <translation>ディスクがいっぱいのため、最後の変更は保存されませんでした。それより前に保存した内容は無事です。空き容量を作ってから（またはデータフォルダーを大きいディスクに移してから）、もう一度操作してください。</translation>
    </message>
    <message>
        <source>The database was opened read-only, so nothing can be changed or added.</source>
        <translation>データベースを読み取り専用で開いているため、変更も追加もできません。</translation>
    </message>
    <message>
        <source>The database file or its folder ({where}) cannot be written to (a read-only folder or a write-protected USB stick), so it cannot be opened for editing; nothing was changed. Open it read-only, or fix the folder and try again.</source>
        <translation>データベースのファイルまたはフォルダー（{where}）に書き込めないため（読み取り専用のフォルダーや、書き込み禁止の USB メモリー）、編集できる状態では開けません。何も変更していません。読み取り専用で開くか、フォルダーを直してからもう一度操作してください。</translation>
    </message>
    <message>
        <source>The database file or its folder ({where}) cannot be written to, so the last change was not saved; everything saved before it is safe. Check the folder&apos;s permissions, or that the USB stick is not write-protected, and try again.</source>
        <translation>データベースのファイルまたはフォルダー（{where}）に書き込めないため、最後の変更は保存されませんでした。それより前に保存した内容は無事です。フォルダーの権限や、USB メモリーが書き込み禁止になっていないかを確かめて、もう一度操作してください。</translation>
    </message>
    <message>
        <source>The database ({where}) could not be read: the disk reported an error or the file is damaged. Close the app; on the next start it checks the file and offers the latest backup.</source>
        <translation>データベース（{where}）を読み込めませんでした。ディスクがエラーを報告したか、ファイルが壊れています。アプリを終了してください。次に起動するときにファイルを確認し、最新のバックアップを案内します。</translation>
    </message>
    <message>
        <source>The database ({where}) could not be read: the disk reported an error or the file is damaged. This part of the damaged file cannot be read; what is shown elsewhere may still be.</source>
        <translation>データベース（{where}）を読み込めませんでした。ディスクがエラーを報告したか、ファイルが壊れています。壊れたファイルのこの部分は読めませんが、ほかの部分は読めることがあります。</translation>
    </message>
    <message>
        <source>The database ({path}) is damaged ({problem}). Restore the latest good backup (made {made}), or open the database read-only to see what can still be read.</source>
        <translation>データベース（{path}）が壊れています（{problem}）。最新の正常なバックアップ（{made} 作成）から復元するか、データベースを読み取り専用で開いて読める内容を確認してください。</translation>
    </message>
    <message>
        <source>The database ({path}) is damaged ({problem}). No good backup was found; open the database read-only to see what can still be read.</source>
        <translation>データベース（{path}）が壊れています（{problem}）。正常なバックアップが見つかりませんでした。データベースを読み取り専用で開いて、読める内容を確認してください。</translation>
    </message>
    <message>
        <source>The database ({where}) cannot be opened: {error}. It may be damaged or locked; restore a backup or choose another data folder.</source>
        <translation>データベース（{where}）を開けません：{error}。壊れているか、ロックされている可能性があります。バックアップから復元するか、別のデータフォルダーを選んでください。</translation>
    </message>
    <message>
        <source>The database (schema {revision}) cannot be opened read-only by this release; restore a backup instead.</source>
        <translation>このバージョンでは、このデータベース（スキーマ {revision}）を読み取り専用で開けません。代わりにバックアップから復元してください。</translation>
    </message>
    <message>
        <source>This file is not a Procedure Assist database; choose another data folder.</source>
        <translation>このファイルは手続きアシストのデータベースではありません。別のデータフォルダーを選んでください。</translation>
    </message>
    <message>
        <source>This database was written by a newer release (schema {revision}); install the newer release of Procedure Assist to open it.</source>
        <translation>このデータベースは新しいバージョン（スキーマ {revision}）で書かれています。開くには、新しいバージョンの手続きアシストをインストールしてください。</translation>
    </message>
    <message>
        <source>Migration left {count} broken references; nothing was changed.</source>
        <translation>データベースの更新で、壊れた参照が{count}件残りました。何も変更していません。</translation>
    </message>
    <message>
        <source>The encrypted copy did not match the original ({problem}).</source>
        <translation>暗号化したコピーが元のファイルと一致しませんでした（{problem}）。</translation>
    </message>
    <message>
        <source>The copy failed its check ({problem}); the database itself may be damaged.</source>
        <translation>コピーの確認で問題が見つかりました（{problem}）。データベースそのものが壊れている可能性があります。</translation>
    </message>
    <message>
        <source>The disk is full, so no backup was made in {folder}; free some space.</source>
        <translation>ディスクがいっぱいのため、{folder} にバックアップを作成できませんでした。空き容量を作ってください。</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be written to, so no backup was made there.</source>
        <translation>フォルダー {folder} に書き込めないため、バックアップを作成できませんでした。</translation>
    </message>
    <message>
        <source>No backup was made in {folder} ({reason}).</source>
        <translation>{folder} にバックアップを作成できませんでした（{reason}）。</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be made ({reason}), so no backup was made.</source>
        <translation>フォルダー {folder} を作成できないため（{reason}）、バックアップを作成できませんでした。</translation>
    </message>
    <message>
        <source>This database is on a server; back it up with the server&apos;s own tools (pg_dump).</source>
        <translation>このデータベースはサーバー上にあります。サーバーの機能（pg_dump）でバックアップしてください。</translation>
    </message>
    <message>
        <source>This database is on a server; restore it with the server&apos;s own tools.</source>
        <translation>このデータベースはサーバー上にあります。サーバーの機能で復元してください。</translation>
    </message>
    <message>
        <source>No backup in {folder} passes its check; nothing was changed.</source>
        <translation>{folder} には確認に通るバックアップがありません。何も変更していません。</translation>
    </message>
    <message>
        <source>{backup} cannot be restored: {why}.</source>
        <translation>{backup} は復元できません：{why}。</translation>
    </message>
    <message>
        <source>it is damaged, or it was made with another database key</source>
        <translation>壊れているか、別のデータベースの鍵で作成されています</translation>
    </message>
    <message>
        <source>it is damaged ({problem})</source>
        <translation>壊れています（{problem}）</translation>
    </message>
    <message>
        <source>it is not a Procedure Assist database</source>
        <translation>手続きアシストのデータベースではありません</translation>
    </message>
    <message>
        <source>it was written by a newer release (schema {revision})</source>
        <translation>新しいバージョン（スキーマ {revision}）で書かれています</translation>
    </message>
    <message>
        <source>The backup could not be put in place ({reason}); the database was left as it was. Check the free space and that the data folder may be written to.</source>
        <translation>バックアップを元の場所に戻せませんでした（{reason}）。データベースは元のままです。空き容量と、データフォルダーに書き込めるかを確かめてください。</translation>
    </message>
    <message>
        <source>This database is on a server; it has no recovery key here.</source>
        <translation>このデータベースはサーバー上にあるため、ここには回復キーがありません。</translation>
    </message>
    <message>
        <source>{path} cannot be read ({error}); fix or delete it.</source>
        <translation>{path} を読み込めません（{error}）。ファイルを直すか削除してください。</translation>
    </message>
    <message>
        <source>{path} must hold a JSON object; fix or delete it.</source>
        <translation>{path} の形式が違います（JSON のオブジェクトが必要です）。ファイルを直すか削除してください。</translation>
    </message>
    <message>
        <source>The database URL cannot be read; write it as postgresql://USER@HOST/DATABASE.</source>
        <translation>データベースのURLを読み取れません。postgresql://ユーザー@サーバー/データベース の形で書いてください。</translation>
    </message>
    <message>
        <source>Only SQLite files and PostgreSQL servers are supported, not “{backend}”; write the URL as postgresql://USER@HOST/DATABASE.</source>
        <translation>使えるのは SQLite ファイルと PostgreSQL サーバーだけです（「{backend}」は使えません）。URLは postgresql://ユーザー@サーバー/データベース の形で書いてください。</translation>
    </message>
    <message>
        <source>The database URL names no database; end it with /DATABASE.</source>
        <translation>データベースのURLにデータベース名がありません。最後に /データベース名 を付けてください。</translation>
    </message>
    <message>
        <source>The PostgreSQL driver is not installed; install it with: pip install &apos;assist-app[postgres]&apos;.</source>
        <translation>PostgreSQL のドライバーがインストールされていません。pip install &apos;assist-app[postgres]&apos; でインストールしてください。</translation>
    </message>
    <message>
        <source>this user</source>
        <translation>このユーザー</translation>
    </message>
    <message>
        <source>The database server asks for a password for {user} ({server}) and none is stored. Store it with “assist-app database password” or in Settings (it is kept in the keychain), or set PGPASSWORD for scripts.</source>
        <translation>データベースサーバーが {user}（{server}）のパスワードを求めていますが、保管されていません。設定画面か「assist-app database password」で保管してください（キーチェーンに保管します）。スクリプトでは PGPASSWORD を設定してください。</translation>
    </message>
    <message>
        <source>The database server refused the password for {user} ({server}). Store the right one with “assist-app database password” or in Settings (it is kept in the keychain), or set PGPASSWORD for scripts.</source>
        <translation>データベースサーバーが {user}（{server}）のパスワードを受け付けませんでした。設定画面か「assist-app database password」で正しいパスワードを保管してください（キーチェーンに保管します）。スクリプトでは PGPASSWORD を設定してください。</translation>
    </message>
    <message>
        <source>The database server has no database named “{database}” ({server}); ask its administrator to create it, or correct the database URL (“assist-app database use”).</source>
        <translation>データベースサーバーに「{database}」という名前のデータベースがありません（{server}）。サーバーの管理者に作成を依頼するか、データベースのURLを直してください（「assist-app database use」）。</translation>
    </message>
    <message>
        <source>The database user may not use this database ({server}); ask the server&apos;s administrator for the rights to create tables in it (the first start creates them).</source>
        <translation>データベースのユーザーには、このデータベースを使う権限がありません（{server}）。サーバーの管理者に、テーブルを作成する権限を依頼してください（最初の起動でテーブルを作成します）。</translation>
    </message>
    <message>
        <source>The database server ({server}) is starting or stopping; try again in a minute.</source>
        <translation>データベースサーバー（{server}）は起動中か停止中です。1分ほど待ってから、もう一度操作してください。</translation>
    </message>
    <message>
        <source>The database server ({server}) cannot be reached. Check the network cable or Wi-Fi and that the server is running, then try again; ask the office&apos;s administrator if it stays so.</source>
        <translation>データベースサーバー（{server}）に接続できません。ネットワークのケーブルや Wi-Fi と、サーバーが動いているかを確かめてから、もう一度試してください。直らないときは事務所の管理者に相談してください。</translation>
    </message>
    <message>
        <source>The database server ({server}) refused the connection ({reason}). Ask the office&apos;s administrator.</source>
        <translation>データベースサーバー（{server}）が接続を拒否しました（{reason}）。事務所の管理者に相談してください。</translation>
    </message>
    <message>
        <source>The database server&apos;s disk is full, so the last change was not saved; everything saved before it is safe. Tell the office&apos;s administrator.</source>
        <translation>データベースサーバーのディスクがいっぱいのため、最後の変更は保存されませんでした。それより前に保存した内容は無事です。事務所の管理者に伝えてください。</translation>
    </message>
    <message>
        <source>Another seat was changing the same records at the same moment, so the last change was not saved; reload and try again.</source>
        <translation>同じ時に別の席が同じ記録を変更していたため、最後の変更は保存されませんでした。開き直してから、もう一度操作してください。</translation>
    </message>
    <message>
        <source>The connection to the database server was lost, so the last change was not saved; everything saved before it is safe. Check the network and try again.</source>
        <translation>データベースサーバーとの接続が切れたため、最後の変更は保存されませんでした。それより前に保存した内容は無事です。ネットワークを確かめて、もう一度操作してください。</translation>
    </message>
    <message>
        <source>No keychain is available on this computer (no desktop session or no keychain service). Sign in to a desktop session with a keychain (Windows Credential Manager, macOS Keychain, GNOME Keyring, KWallet or KeePassXC) and try again.</source>
        <translation>このコンピューターでは使えるキーチェーンがありません（デスクトップにサインインしていないか、キーチェーンのサービスがありません）。キーチェーンのあるデスクトップ（Windows 資格情報マネージャー、macOS キーチェーン、GNOME Keyring、KWallet、KeePassXC）にサインインしてから、もう一度操作してください。</translation>
    </message>
    <message>
        <source>No keychain is available on this computer (no desktop session or no keychain service).</source>
        <translation>このコンピューターでは使えるキーチェーンがありません（デスクトップにサインインしていないか、キーチェーンのサービスがありません）。</translation>
    </message>
    <message>
        <source>D-Bus is running but no Secret Service answers: install or start GNOME Keyring, KWallet or KeePassXC with its Secret Service integration, then try again.</source>
        <translation>D-Bus は動いていますが、Secret Service が応答しません。GNOME Keyring、KWallet、または Secret Service 連携を有効にした KeePassXC をインストールするか起動してから、もう一度操作してください。</translation>
    </message>
    <message>
        <source>D-Bus is running but no keychain service (Secret Service) answers.</source>
        <translation>D-Bus は動いていますが、キーチェーンのサービス（Secret Service）が応答しません。</translation>
    </message>
    <message>
        <source>The keychain is locked: unlock it (or sign in again) and try again.</source>
        <translation>キーチェーンがロックされています。ロックを解除してから（またはサインインし直してから）、もう一度操作してください。</translation>
    </message>
    <message>
        <source>The keychain is locked (unlock it and try again).</source>
        <translation>キーチェーンがロックされています（ロックを解除してから、もう一度操作してください）。</translation>
    </message>
    <message>
        <source>The active keychain ({backend}) keeps secrets in a plain file and is refused; uninstall keyrings.alt or choose a secure keychain.</source>
        <translation>使用中のキーチェーン（{backend}）は秘密の情報を暗号化せずにファイルに保存するため、使いません。keyrings.alt をアンインストールするか、安全なキーチェーンを選んでください。</translation>
    </message>
    <message>
        <source>The active keychain keeps secrets in a plain file (keyrings.alt) and is refused.</source>
        <translation>使用中のキーチェーンは秘密の情報を暗号化せずにファイルに保存する（keyrings.alt）ため、使いません。</translation>
    </message>
    <message>
        <source>The keychain refused the request ({error}). Try again later.</source>
        <translation>キーチェーンが要求を拒否しました（{error}）。しばらくしてから、もう一度操作してください。</translation>
    </message>
    <message>
        <source>The keychain failed ({error}). Try again later.</source>
        <translation>キーチェーンでエラーが起きました（{error}）。しばらくしてから、もう一度操作してください。</translation>
    </message>
    <message>
        <source>The keychain works but no longer holds this database&apos;s key (the entry was deleted, or this data folder was copied from another computer or user account).</source>
        <translation>キーチェーンは動いていますが、このデータベースの鍵がありません（項目が削除されたか、このデータフォルダーを別のコンピューターやユーザーからコピーした場合）。</translation>
    </message>
    <message>
        <source>The keychain holds a different key under this database&apos;s entry.</source>
        <translation>キーチェーンには、このデータベースの項目に別の鍵が入っています。</translation>
    </message>
    <message>
        <source>Choose a passphrase to protect the database key instead.</source>
        <translation>代わりに、データベースの鍵を守るパスフレーズを決めてください。</translation>
    </message>
    <message>
        <source>{problem} Choose a passphrase to protect the database key instead.</source>
        <translation>{problem}代わりに、データベースの鍵を守るパスフレーズを決めてください。</translation>
    </message>
    <message>
        <source>The database key is protected by a passphrase: enter it to open the database.</source>
        <translation>データベースの鍵はパスフレーズで守られています。データベースを開くにはパスフレーズを入力してください。</translation>
    </message>
    <message>
        <source>{problem} The database key is protected by a passphrase: enter it to open the database.</source>
        <translation>{problem}データベースの鍵はパスフレーズで守られています。データベースを開くにはパスフレーズを入力してください。</translation>
    </message>
    <message>
        <source>No passphrase was set for this database, so open it with the recovery key from its recovery sheet; you can then choose a passphrase.</source>
        <translation>このデータベースにはパスフレーズが設定されていないため、回復シートの回復キーで開いてください。開いたあとでパスフレーズを決められます。</translation>
    </message>
    <message>
        <source>{problem} No passphrase was set for this database, so open it with the recovery key from its recovery sheet; you can then choose a passphrase.</source>
        <translation>{problem}このデータベースにはパスフレーズが設定されていないため、回復シートの回復キーで開いてください。開いたあとでパスフレーズを決められます。</translation>
    </message>
    <message>
        <source>The database is encrypted but the key file beside it is missing.</source>
        <translation>データベースは暗号化されていますが、隣にあるはずの鍵のファイルがありません。</translation>
    </message>
    <message>
        <source>This recovery key is well formed but belongs to another database; find the recovery sheet printed for this data folder.</source>
        <translation>この回復キーの形式は正しいものの、別のデータベースのものです。このデータフォルダー用に印刷した回復シートを探してください。</translation>
    </message>
    <message>
        <source>The passphrase is not right. Check the keyboard layout and input mode, and try again.</source>
        <translation>パスフレーズが違います。キーボードの配列と入力モード（半角・全角）を確かめて、もう一度入力してください。</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least {length} characters; several unrelated words are easier to remember and harder to guess.</source>
        <translation>パスフレーズは{length}文字以上にしてください。関係のない言葉をいくつか並べると、覚えやすく推測されにくくなります。</translation>
    </message>
    <message>
        <source>The passphrase-protected key file is damaged. Open the database with its recovery key (recovery sheet), then choose a new passphrase.</source>
        <translation>パスフレーズで守られた鍵のファイルが壊れています。回復キー（回復シート）でデータベースを開いてから、新しいパスフレーズを決めてください。</translation>
    </message>
    <message>
        <source>The key file {path} cannot be read ({reason}).</source>
        <translation>鍵のファイル {path} を読み込めません（{reason}）。</translation>
    </message>
    <message>
        <source>The key file {path} was written by a newer release; install that release to open this database.</source>
        <translation>鍵のファイル {path} は新しいバージョンで書かれています。このデータベースを開くには、そのバージョンをインストールしてください。</translation>
    </message>
    <message>
        <source>The key file {path} is damaged. Open the database with its recovery key (assist-app --recovery-key …, or “Use the recovery key” in the app).</source>
        <translation>鍵のファイル {path} が壊れています。回復キーでデータベースを開いてください（「回復キーを使う」）。</translation>
    </message>
    <message>
        <source>A recovery key has only digits and the letters A–Z; “{characters}” is not one of them.</source>
        <translation>回復キーに使えるのは数字と A〜Z の英字だけです。「{characters}」は使えません。</translation>
    </message>
    <message>
        <source>A recovery key has {expected} characters (14 groups of 4); this one has {length}.</source>
        <translation>回復キーは{expected}文字（4文字ずつ14組）です。入力されたのは{length}文字です。</translation>
    </message>
    <message>
        <source>This recovery key has a typing mistake (its check digits do not match); compare it with the recovery sheet group by group.</source>
        <translation>回復キーに入力の誤りがあります（検査用の文字が合いません）。回復シートと1組ずつ見比べてください。</translation>
    </message>
    <message>
        <source>Choose a PIN of at least {length} characters.</source>
        <translation>暗証番号は{length}文字以上にしてください。</translation>
    </message>
    <message>
        <source>Choose a PIN of at most {length} characters.</source>
        <translation>暗証番号は{length}文字以下にしてください。</translation>
    </message>
    <message>
        <source>This PIN is too easy to guess (repeated or consecutive); choose another.</source>
        <translation>この暗証番号は推測されやすいため使えません（同じ文字の繰り返しや連続した数字）。別の暗証番号にしてください。</translation>
    </message>
    <message>
        <source>The stored PIN is damaged; ask a supervisor to set a new one.</source>
        <translation>保存されている暗証番号が壊れています。責任者に新しい暗証番号の設定を依頼してください。</translation>
    </message>
    <message>
        <source>The keychain did not keep the password.</source>
        <translation>キーチェーンにパスワードを保管できませんでした。</translation>
    </message>
    <message>
        <source>Choose a passphrase to protect the database server&apos;s password instead.</source>
        <translation>代わりに、データベースサーバーのパスワードを守るパスフレーズを決めてください。</translation>
    </message>
    <message>
        <source>{problem} Choose a passphrase to protect the database server&apos;s password instead.</source>
        <translation>{problem}代わりに、データベースサーバーのパスワードを守るパスフレーズを決めてください。</translation>
    </message>
    <message>
        <source>The database server&apos;s password is protected by a passphrase: enter it to connect.</source>
        <translation>データベースサーバーのパスワードはパスフレーズで守られています。接続するにはパスフレーズを入力してください。</translation>
    </message>
    <message>
        <source>{problem} The database server&apos;s password is protected by a passphrase: enter it to connect.</source>
        <translation>{problem}データベースサーバーのパスワードはパスフレーズで守られています。接続するにはパスフレーズを入力してください。</translation>
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
        <source>The case database stays locked. Choose “Try again” to open it.</source>
        <translation>案件データベースは開かれていません。開くには「再試行」を選んでください。</translation>
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
    <name>HandoutOptionsDialog</name>
    <message>
        <source>&amp;Preview…</source>
        <translation>プレビュー(&amp;P)…</translation>
    </message>
    <message>
        <source>Print handout</source>
        <translation>案内を印刷</translation>
    </message>
    <message>
        <source>The handout lists every remaining step with its deadline, place and documents, and carries the resume code.</source>
        <translation>案内には、残りのすべての手続きとその期限・窓口・持ち物、そして再開コードが載ります。</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>Handout language</source>
        <translation>案内の言語</translation>
    </message>
    <message>
        <source>La&amp;rge print</source>
        <translation>大きな文字(&amp;R)</translation>
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
        <source>sent to a printer</source>
        <translation>プリンターへ送信</translation>
    </message>
    <message>
        <source>saved as a PDF file</source>
        <translation>PDFファイルに保存</translation>
    </message>
    <message>
        <source>from case {id} of the paper</source>
        <translation>紙の受付番号 {id} から</translation>
    </message>
    <message>
        <source>answers to ask again</source>
        <translation>回答は聞き直しが必要</translation>
    </message>
    <message>
        <source>not restored: {steps}</source>
        <translation>戻せなかった手続き：{steps}</translation>
    </message>
    <message>
        <source>sheet for catalog {version}</source>
        <translation>手続き情報 {version} の用紙</translation>
    </message>
    <message>
        <source>{n} answers entered</source>
        <translation>回答の入力 {n}件</translation>
    </message>
    <message>
        <source>{n} statuses changed</source>
        <translation>状況の変更 {n}件</translation>
    </message>
    <message>
        <source>not on this checklist: {codes}</source>
        <translation>この案件のチェックリストにないもの：{codes}</translation>
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
    <name>KeysDialog</name>
    <message>
        <source>Installation</source>
        <translation>端末</translation>
    </message>
    <message>
        <source>Key id</source>
        <translation>鍵の番号</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>追加した日</translation>
    </message>
    <message>
        <source>This installation&apos;s key cannot be read: {reason}</source>
        <translation>この端末の鍵を読み込めません：{reason}</translation>
    </message>
    <message>
        <source>None yet: it is made with the first handout printed, or when exported.</source>
        <translation>まだありません。最初に案内を印刷したとき、または書き出したときに作られます。</translation>
    </message>
    <message>
        <source>This installation</source>
        <translation>この端末</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>（名前なし）</translation>
    </message>
    <message>
        <source>Export the public key</source>
        <translation>公開鍵を書き出す</translation>
    </message>
    <message>
        <source>Public-key files (*.json)</source>
        <translation>公開鍵ファイル (*.json)</translation>
    </message>
    <message>
        <source>Written to {name}. Import it on the other installations of your ward.</source>
        <translation>{name} に書き出しました。同じ区のほかの端末で取り込んでください。</translation>
    </message>
    <message>
        <source>Import a public key</source>
        <translation>公開鍵を取り込む</translation>
    </message>
    <message>
        <source>Public-key files (*.json);;All files (*)</source>
        <translation>公開鍵ファイル (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Trust this installation?</source>
        <translation>この端末を信頼しますか？</translation>
    </message>
    <message>
        <source>Accept the resume codes signed by “{label}”, key {id}? Compare the key with the one shown on that installation before you agree.</source>
        <translation>「{label}」（鍵の番号 {id}）が署名した再開コードを受け付けますか。受け付ける前に、その端末に表示されている鍵の番号と同じか確かめてください。</translation>
    </message>
    <message>
        <source>Codes signed by “{label}” are accepted from now on.</source>
        <translation>これからは「{label}」が署名したコードを受け付けます。</translation>
    </message>
    <message>
        <source>“{label}” was trusted already.</source>
        <translation>「{label}」はすでに信頼されています。</translation>
    </message>
    <message>
        <source>Stop trusting this installation?</source>
        <translation>この端末の信頼をやめますか？</translation>
    </message>
    <message>
        <source>Resume codes signed by “{label}” will be refused from now on.</source>
        <translation>これからは「{label}」が署名した再開コードを受け付けません。</translation>
    </message>
    <message>
        <source>Resume-code keys</source>
        <translation>再開コードの鍵</translation>
    </message>
    <message>
        <source>Each installation signs the resume codes it prints. A code is accepted here only if it was signed by this installation or by one whose public key was imported. Hand this installation&apos;s public key file to the other seats and laptops of your ward, and import theirs.</source>
        <translation>再開コードには、印刷した端末の署名が入ります。この端末で受け付けるのは、この端末か、公開鍵を取り込んだ端末が署名したコードだけです。この端末の公開鍵ファイルを同じ区のほかの席やノートパソコンに渡し、それぞれの公開鍵を取り込んでください。</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>鍵</translation>
    </message>
    <message>
        <source>&amp;Name in the file</source>
        <translation>ファイルに入れる名前(&amp;N)</translation>
    </message>
    <message>
        <source>Name of this installation, as others will see it</source>
        <translation>ほかの端末に表示される、この端末の名前</translation>
    </message>
    <message>
        <source>e.g. Minato ward office, counter 1</source>
        <translation>例：港区役所 1番窓口</translation>
    </message>
    <message>
        <source>&amp;Export the public key…</source>
        <translation>公開鍵を書き出す(&amp;E)…</translation>
    </message>
    <message>
        <source>Installations whose codes are accepted</source>
        <translation>コードを受け付ける端末</translation>
    </message>
    <message>
        <source>Trusted keys</source>
        <translation>信頼している鍵</translation>
    </message>
    <message>
        <source>&amp;Import a key file…</source>
        <translation>鍵のファイルを取り込む(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Stop trusting the selected key</source>
        <translation>選んだ鍵の信頼をやめる(&amp;S)</translation>
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
        <source>Case made again from a resume code</source>
        <translation>再開コードから案件を作り直し</translation>
    </message>
    <message>
        <source>Paper sheet entered</source>
        <translation>紙の用紙の入力</translation>
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
    <message>
        <source>&amp;Print handout…</source>
        <translation>案内を印刷(&amp;P)…</translation>
    </message>
    <message>
        <source>Print handouts for se&amp;veral cases…</source>
        <translation>複数の案件の案内を印刷(&amp;V)…</translation>
    </message>
    <message>
        <source>Sc&amp;an a resume code…</source>
        <translation>再開コードを読み取る(&amp;A)…</translation>
    </message>
    <message>
        <source>Blank &amp;consent form and handout…</source>
        <translation>白紙の同意書と案内(&amp;C)…</translation>
    </message>
    <message>
        <source>Enter a paper s&amp;heet…</source>
        <translation>記入済みの用紙を入力(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Outage kit…</source>
        <translation>停電・障害時用 紙の手続きキット(&amp;O)…</translation>
    </message>
    <message>
        <source>Resume-code &amp;keys…</source>
        <translation>再開コードの鍵(&amp;K)…</translation>
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
    <name>OutageKitDialog</name>
    <message>
        <source>&amp;Preview…</source>
        <translation>プレビュー(&amp;P)…</translation>
    </message>
    <message>
        <source>Outage kit</source>
        <translation>停電・障害時用 紙の手続きキット</translation>
    </message>
    <message>
        <source>Blank paper for running the counter with no computer. Each sheet carries a code, so what is ticked on it can be entered again quickly (File ▸ Enter a paper sheet).</source>
        <translation>パソコンが使えないときに窓口で使う白紙の用紙です。各用紙にはコードが入っているので、印を付けた内容をあとからすばやく入力できます（ファイル ▸ 記入済みの用紙を入力）。</translation>
    </message>
    <message>
        <source>Life events</source>
        <translation>できごと</translation>
    </message>
    <message>
        <source>Life events in the kit</source>
        <translation>キットに入れるできごと</translation>
    </message>
    <message>
        <source>Sheets</source>
        <translation>用紙</translation>
    </message>
    <message>
        <source>&amp;Intake sheet</source>
        <translation>聞き取り票(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Checklist (every procedure)</source>
        <translation>手続きチェックリスト（全項目）(&amp;C)</translation>
    </message>
    <message>
        <source>C&amp;onsent form</source>
        <translation>同意書(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Blank handout</source>
        <translation>手続きのご案内（手書き用）(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>Language of the sheets</source>
        <translation>用紙の言語</translation>
    </message>
</context>
<context>
    <name>PaperController</name>
    <message>
        <source>Preparing printing and resume codes…</source>
        <translation>印刷と再開コードの準備中…</translation>
    </message>
    <message>
        <source>This handout has no resume code: {reason}</source>
        <translation>この案内には再開コードがありません：{reason}</translation>
    </message>
    <message>
        <source>Handout for case {id}</source>
        <translation>受付番号 {id} の案内</translation>
    </message>
    <message>
        <source>Outage kit</source>
        <translation>停電・障害時用 紙の手続きキット</translation>
    </message>
    <message>
        <source>Blank consent form and handout</source>
        <translation>白紙の同意書と案内</translation>
    </message>
    <message>
        <source>Folder for the handouts</source>
        <translation>案内を保存するフォルダー</translation>
    </message>
    <message numerus="yes">
        <source>Preparing %n handout(s)…</source>
        <translation>
            <numerusform>案内 %n件を準備中…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Printing handouts</source>
        <translation>案内の印刷</translation>
    </message>
    <message>
        <source>Handout {n} of {m} done</source>
        <translation>案内 {m}件中 {n}件 完了</translation>
    </message>
    <message>
        <source>{n} of {m} handouts saved in {folder}.</source>
        <translation>案内 {m}件中 {n}件を {folder} に保存しました。</translation>
    </message>
    <message>
        <source>{n} of {m} handouts sent to the printer.</source>
        <translation>案内 {m}件中 {n}件をプリンターに送りました。</translation>
    </message>
    <message>
        <source>Case not on this computer</source>
        <translation>この端末にない案件</translation>
    </message>
    <message>
        <source>The code is for {event} on {date}, with {n} steps, signed by “{signer}”. It carries no personal data, so choose or add the resident it belongs to. The intake answers are not on the paper either: they start as “don&apos;t know”, so ask them again.</source>
        <translation>このコードは {date} の「{event}」の案件（手続き {n}件、署名「{signer}」）のものです。コードには個人情報が入っていないので、どの相談者の案件かを選ぶか、相談者を登録してください。聞き取りの回答も紙にはないため「わからない」から始まります。あらためて聞き取ってください。</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>この端末</translation>
    </message>
    <message>
        <source>Case {id} made again from the paper.</source>
        <translation>受付番号 {id} の案件を紙から作り直しました。</translation>
    </message>
    <message>
        <source>{n} step(s) need the answers before they can return.</source>
        <translation>手続き {n}件は、回答を聞き取ると元に戻ります。</translation>
    </message>
</context>
<context>
    <name>PaperEntryDialog</name>
    <message>
        <source>Code</source>
        <translation>記号</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>入力した内容</translation>
    </message>
    <message>
        <source>Go down the sheet typing the box ticked on each line; the highlighted line takes it. Steps: 1 done (済), 2 in progress (手続き中), 3 not needed (不要), 4 on hold (保留), 5 does not apply (対象外), 0 nothing ticked. Questions: the box&apos;s number (the last box is “don&apos;t know”) or ?; a number or a date (YYYYMMDD) ends with Enter. To jump, type a code (D05) and Enter, or a code and its value (D05 1). Backspace undoes the last entry.</source>
        <translation>用紙を上から順に、各行で印の付いた欄の番号を入力します。入力は色の付いた行に入ります。手続き：1 済、2 手続き中、3 不要、4 保留、5 対象外、0 印なし。質問：欄の番号（最後の欄は「わからない」）または ?。数や日付（YYYYMMDD）は Enter で確定します。ほかの行へ移るには記号（D05）を入力して Enter、または記号と値（D05 1）を入力します。Backspace で直前の入力を取り消します。</translation>
    </message>
    <message>
        <source>That is not a sheet&apos;s code (it starts with PA-FORM).</source>
        <translation>用紙のコードではありません（用紙のコードは PA-FORM で始まります）。</translation>
    </message>
    <message>
        <source>That is the consent form or the blank handout: nothing on it is entered here.</source>
        <translation>同意書または手書き用の案内のコードです。これらはここで入力するものではありません。</translation>
    </message>
    <message>
        <source>No life event “{id}” is loaded on this computer.</source>
        <translation>この端末には、できごと「{id}」の手続き情報が読み込まれていません。</translation>
    </message>
    <message>
        <source>The sheet was printed for catalog version {printed}; this computer has {loaded}. Check that the codes on the paper match the table below.</source>
        <translation>この用紙は手続き情報 {printed} 版で印刷されています。この端末の手続き情報は {loaded} 版です。用紙の記号が下の表と合っているか確かめてください。</translation>
    </message>
    <message>
        <source>Sheet recognised.</source>
        <translation>用紙を確認しました。</translation>
    </message>
    <message>
        <source>Case {id} · {name} · {date}</source>
        <translation>受付番号 {id}・{name}・{date}</translation>
    </message>
    <message>
        <source>End of the sheet. Save, or type a code to go back to it.</source>
        <translation>用紙の最後です。保存するか、戻りたい行の記号を入力してください。</translation>
    </message>
    <message>
        <source>{code} {title} — now the box ticked (1–5, or 0)</source>
        <translation>{code} {title} — 印の付いた欄の番号（1〜5、または 0）</translation>
    </message>
    <message>
        <source>don&apos;t know</source>
        <translation>わからない</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>a date as YYYYMMDD, then Enter</source>
        <translation>日付を YYYYMMDD で入力して Enter</translation>
    </message>
    <message>
        <source>a number, then Enter</source>
        <translation>数を入力して Enter</translation>
    </message>
    <message>
        <source>Entered {code}: {value}.</source>
        <translation>{code} を入力しました：{value}。</translation>
    </message>
    <message>
        <source>Removed {code}.</source>
        <translation>{code} の入力を取り消しました。</translation>
    </message>
    <message>
        <source>{a} answer(s), {s} status(es) entered</source>
        <translation>入力済み：回答 {a}件、状況 {s}件</translation>
    </message>
    <message>
        <source>The day it became known cannot be before the event.</source>
        <translation>知った日を発生日より前にすることはできません。</translation>
    </message>
    <message>
        <source>Whose sheet is this?</source>
        <translation>どなたの用紙ですか</translation>
    </message>
    <message>
        <source>The sheet: {event}, {date}, with {n} entries. Find the resident whose name is on the paper, or add them; a new resident&apos;s consent is recorded first (the consent form of the kit, if they signed one).</source>
        <translation>この用紙：{event}、{date}、入力 {n}件。用紙に書かれた名前の相談者を検索するか、新しく登録してください。新しい相談者は、先に同意を記録します（キットの同意書に署名していれば、その内容を記録します）。</translation>
    </message>
    <message>
        <source>Case {id} saved from the paper sheet: {n} status(es) changed.</source>
        <translation>受付番号 {id} の案件に紙の用紙の内容を保存しました。状況の変更：{n}件。</translation>
    </message>
    <message>
        <source>Not on this case&apos;s checklist, so not entered: {codes}.</source>
        <translation>この案件のチェックリストにないため入力しなかったもの：{codes}。</translation>
    </message>
    <message>
        <source>Enter a paper sheet</source>
        <translation>記入済みの用紙を入力</translation>
    </message>
    <message>
        <source>S&amp;heet</source>
        <translation>用紙(&amp;H)</translation>
    </message>
    <message>
        <source>Life event of the sheet</source>
        <translation>用紙のできごと</translation>
    </message>
    <message>
        <source>or scan its &amp;code</source>
        <translation>または用紙のコードを読み取る(&amp;C)</translation>
    </message>
    <message>
        <source>Code of the sheet (top right corner)</source>
        <translation>用紙のコード（右上）</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>A &amp;new case (the resident is chosen when saving)</source>
        <translation>新しい案件（相談者は保存するときに選びます）(&amp;N)</translation>
    </message>
    <message>
        <source>Event &amp;date</source>
        <translation>発生日(&amp;D)</translation>
    </message>
    <message>
        <source>Event date</source>
        <translation>発生日</translation>
    </message>
    <message>
        <source>&amp;Known on a later day</source>
        <translation>後日になって知った(&amp;K)</translation>
    </message>
    <message>
        <source>Day it became known</source>
        <translation>知った日</translation>
    </message>
    <message>
        <source>An e&amp;xisting case</source>
        <translation>登録済みの案件(&amp;X)</translation>
    </message>
    <message>
        <source>Existing case</source>
        <translation>登録済みの案件</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>入力(&amp;T)</translation>
    </message>
    <message>
        <source>Code and answer or status, e.g. D01 1</source>
        <translation>記号と回答または状況（例：D01 1）</translation>
    </message>
    <message>
        <source>What was entered last</source>
        <translation>直前に入力した内容</translation>
    </message>
    <message>
        <source>The sheet, with what was entered</source>
        <translation>用紙と入力した内容</translation>
    </message>
    <message>
        <source>&amp;Remove the selected entry</source>
        <translation>選んだ行の入力を取り消す(&amp;R)</translation>
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
    <name>PrintPreviewDialog</name>
    <message>
        <source>Print preview — {title}</source>
        <translation>印刷プレビュー — {title}</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>幅に合わせる</translation>
    </message>
    <message>
        <source>Preparing the document…</source>
        <translation>書類を準備中…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%nページ</numerusform>
        </translation>
    </message>
    <message>
        <source>The document could not be made: {reason}</source>
        <translation>書類を作成できませんでした：{reason}</translation>
    </message>
    <message>
        <source>Page {n} of {m}</source>
        <translation>{m}ページ中 {n}ページ目</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>PDFとして保存</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDFファイル (*.pdf)</translation>
    </message>
    <message>
        <source>Saved as {name}</source>
        <translation>{name} として保存しました</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>印刷</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>印刷中…</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer</source>
        <translation>
            <numerusform>%nページをプリンターに送りました</numerusform>
        </translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>印刷プレビュー</translation>
    </message>
    <message>
        <source>Pages of the document</source>
        <translation>書類のページ</translation>
    </message>
    <message>
        <source>&amp;Zoom</source>
        <translation>表示倍率(&amp;Z)</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>表示倍率</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>印刷(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>PDFとして保存(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>The printer could not be started. Check that it is switched on and connected, or save the document as PDF instead.</source>
        <translation>プリンターを使えませんでした。電源が入っていて接続されているか確かめるか、代わりにPDFとして保存してください。</translation>
    </message>
    <message>
        <source>The printer stopped taking pages; check it and try again.</source>
        <translation>プリンターがページを受け付けなくなりました。プリンターを確かめて、もう一度印刷してください。</translation>
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
    <name>ScanDialog</name>
    <message>
        <source>Refused: {why} Nothing was changed.</source>
        <translation>受け付けませんでした：{why}何も変更していません。</translation>
    </message>
    <message>
        <source>Open a scanned handout</source>
        <translation>スキャンした案内を開く</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.bmp);;All files (*)</source>
        <translation>スキャンしたファイル (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.bmp);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Reading the code…</source>
        <translation>コードを読み取り中…</translation>
    </message>
    <message>
        <source>The paper agrees with case {id} ({n} steps); nothing needed changing.</source>
        <translation>紙の内容は受付番号 {id} の案件と一致しています（手続き {n}件）。変更は必要ありませんでした。</translation>
    </message>
    <message>
        <source>Case {id}: the paper (issued {issued}) and this computer disagree on {n} step(s). For each, choose which status is right.</source>
        <translation>受付番号 {id}：紙（{issued} 発行）とこの端末とで、手続き {n}件の状況が違います。それぞれ、正しい状況を選んでください。</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>カメラを起動しています…</translation>
    </message>
    <message>
        <source>The camera was stopped.</source>
        <translation>カメラを止めました。</translation>
    </message>
    <message>
        <source>Difference {n} of {m}</source>
        <translation>違い {m}件中 {n}件目</translation>
    </message>
    <message>
        <source>On the paper: {status}</source>
        <translation>紙の状況：{status}</translation>
    </message>
    <message>
        <source>Printed {when}</source>
        <translation>{when} 印刷</translation>
    </message>
    <message>
        <source> — newer</source>
        <translation>（こちらが新しい）</translation>
    </message>
    <message>
        <source>On this computer: {status}</source>
        <translation>この端末の状況：{status}</translation>
    </message>
    <message>
        <source>Changed {when}</source>
        <translation>{when} 変更</translation>
    </message>
    <message>
        <source>{t} step(s) will take the paper&apos;s status; {k} keep this computer&apos;s.</source>
        <translation>紙の状況にする手続き {t}件、この端末の状況のままにする手続き {k}件。</translation>
    </message>
    <message>
        <source>{code} {title}: {here} → {paper} (from the paper)</source>
        <translation>{code} {title}：{here} → {paper}（紙から）</translation>
    </message>
    <message>
        <source>{code} {title}: stays {here}</source>
        <translation>{code} {title}：{here} のまま</translation>
    </message>
    <message>
        <source>Case {id} brought up to date from the paper: {n} step(s) changed.</source>
        <translation>受付番号 {id} の案件を紙の内容で更新しました。変更した手続き：{n}件。</translation>
    </message>
    <message>
        <source>Scan a resume code</source>
        <translation>再開コードを読み取る</translation>
    </message>
    <message>
        <source>Scan the resume code on the handout with the scanner, or type its digits and press Enter. A scanned handout can also be opened as an image or PDF file.</source>
        <translation>案内の再開コードをスキャナーで読み取るか、数字を入力して Enter を押してください。スキャンした案内を画像やPDFのファイルとして開くこともできます。</translation>
    </message>
    <message>
        <source>Resume &amp;code</source>
        <translation>再開コード(&amp;C)</translation>
    </message>
    <message>
        <source>Resume code digits</source>
        <translation>再開コードの数字</translation>
    </message>
    <message>
        <source>Open &amp;image or PDF…</source>
        <translation>画像またはPDFを開く(&amp;I)…</translation>
    </message>
    <message>
        <source>Use the c&amp;amera…</source>
        <translation>カメラで読み取る(&amp;A)…</translation>
    </message>
    <message>
        <source>Read the code with the camera</source>
        <translation>カメラで再開コードを読み取ります</translation>
    </message>
    <message>
        <source>Scan result</source>
        <translation>読み取りの結果</translation>
    </message>
    <message>
        <source>Hold the resume code on the handout up to the camera, flat and still. Reading stops as soon as the code is seen.</source>
        <translation>案内の再開コードを、平らにしてカメラの前で動かさずにかざしてください。コードが読み取れると、自動で止まります。</translation>
    </message>
    <message>
        <source>Camera picture</source>
        <translation>カメラの映像</translation>
    </message>
    <message>
        <source>&amp;Stop the camera</source>
        <translation>カメラを止める(&amp;S)</translation>
    </message>
    <message>
        <source>Use the status on the paper</source>
        <translation>紙の状況にする</translation>
    </message>
    <message>
        <source>Keep the status on this computer</source>
        <translation>この端末の状況のままにする</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>戻る(&amp;B)</translation>
    </message>
    <message>
        <source>What will be saved</source>
        <translation>保存する内容</translation>
    </message>
    <message>
        <source>&amp;Apply and open the case</source>
        <translation>反映して案件を開く(&amp;A)</translation>
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
    <name>SingleWindow</name>
    <message>
        <source>Procedure Assist is already open with this data folder, but its window did not answer (it may be starting or closing). Wait a moment, then use the window that is open.</source>
        <translation>手続きアシストはこのデータフォルダーですでに開いていますが、そのウィンドウが応答しませんでした（起動中か終了中の可能性があります）。少し待ってから、開いているウィンドウを使ってください。</translation>
    </message>
    <message>
        <source>Procedure Assist</source>
        <translation>手続きアシスト</translation>
    </message>
</context>
<context>
    <name>StartErrorPage</name>
    <message>
        <source>The case database could not be opened</source>
        <translation>案件データベースを開けませんでした</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>再試行(&amp;T)</translation>
    </message>
    <message>
        <source>Try again to open the case database</source>
        <translation>案件データベースをもう一度開く</translation>
    </message>
    <message>
        <source>&amp;Database settings…</source>
        <translation>データベースの設定(&amp;D)…</translation>
    </message>
    <message>
        <source>Change the database server or its password</source>
        <translation>データベースサーバーやそのパスワードを変更する</translation>
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
        <source>{kind}: {date}</source>
        <translation>{kind}：{date}</translation>
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
        <source>Open the shared database</source>
        <translation>共有データベースを開く</translation>
    </message>
    <message>
        <source>Choose a passphrase to protect the database server&apos;s password on this computer (at least {n} characters; several unrelated words work well). It is asked for each time the app starts.</source>
        <translation>このパソコンに保存するデータベースサーバーのパスワードを守るパスフレーズを決めてください（{n}文字以上。関係のない言葉をいくつか並べると覚えやすく安全です）。アプリを起動するたびに入力します。</translation>
    </message>
    <message>
        <source>Enter the passphrase that protects the database server&apos;s password.</source>
        <translation>データベースサーバーのパスワードを守るパスフレーズを入力してください。</translation>
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

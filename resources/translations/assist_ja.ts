<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>CaseListTableModel</name>
    <message>
        <source>Next due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All steps done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <source>&amp;Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand &amp;over…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand the case over to another helper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save revised answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group by due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group by office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group steps by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case {id} · event {date}{known} · catalog {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist updated: {a} added, {r} removed, {k} kept with progress, {d} new dates.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistWidget</name>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps of this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(to confirm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no longer applies)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before anything is saved, ask the resident and record what they agree to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resident agrees that their name, contact details and the progress of these procedures are recorded to help them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…and that other helpers of this office may continue the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent given on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A signed &amp;paper consent form exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given &amp;on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This resident&apos;s consent is already recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>A catalog file has errors and was not loaded. Ask the person who maintains the catalogs to run “assist-app catalog check”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read or written ({reason}). Check that the disk is not full and that the folder may be written to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong and the action was not completed. Nothing already saved was lost. The details were written to the log file in the data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not complete the action</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventPage</name>
    <message>
        <source>Life event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which event, and when did it happen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It became &amp;known on a later day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day it became known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known o&amp;n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day it became known cannot be before the event.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>Hand the case over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To helper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helper who takes over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handover &amp;note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handover note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where things stand, what to do next</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelperDialog</name>
    <message>
        <source>Counter staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is using the app?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change is recorded under the helper&apos;s name. Choose yourself, or add yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helpers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New helper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helper name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helper role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add and use</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>To do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ward office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokyo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health insurer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers revised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Death</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue by {n} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} days left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Opening the case database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helper: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No helper chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case database could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure Assist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Helper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Large text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;witch helper…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+H</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewCaseWizard</name>
    <message>
        <source>New case</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Checklist preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These steps apply. Press Finish to save the resident, the consent and the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps that apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (to confirm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} steps, {c} to confirm</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionsPage</name>
    <message>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer what you can; “Don&apos;t know” keeps the step as one to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResidentPage</name>
    <message>
        <source>Resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the resident, or add them as a new resident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Existing resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;w resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name or kana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search residents by name or kana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident name in kana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs &amp;large print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Generic (any ward)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ward offices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ward office layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Handout language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default handout language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print handouts in &amp;large print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: the SQLite file in the data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new database URL is used after the app restarts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepDetailWidget</name>
    <message>
        <source>Why is this step blocked? (needed for “Blocked”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason the step is blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes (saved as you type)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes for this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a step on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: {s}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last change by {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type why the step is blocked, then choose “Blocked” again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To confirm — answered “Don&apos;t know”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the answers were revised, this step no longer applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone: {p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet verified against an official source: confirm at the counter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>can be done online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs a visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>happens automatically</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Today&apos;s work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a resident by name or kana (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a resident by name or kana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open cases, nearest due date first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} open cases for “{q}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} open cases shown, {o} overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open cases. Start one with “New case…” (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Don&apos;t know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

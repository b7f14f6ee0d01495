<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Export the chart</source>
        <translation>Export the chart</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <source>Chart not saved</source>
        <translation>Chart not saved</translation>
    </message>
    <message>
        <source>The file could not be written there.</source>
        <translation>The file could not be written there.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Demo profile with fictional cases, deleted when you quit. Passphrase: %1</source>
        <translation>Demo profile with fictional cases, deleted when you quit. Passphrase: %1</translation>
    </message>
</context>
<context>
    <name>CaseFilePage</name>
    <message>
        <source>&amp;Move to…</source>
        <translation>&amp;Move to…</translation>
    </message>
    <message>
        <source>&amp;Close case…</source>
        <translation>&amp;Close case…</translation>
    </message>
    <message>
        <source>Re&amp;open case</source>
        <translation>Re&amp;open case</translation>
    </message>
    <message>
        <source>&amp;Erase case…</source>
        <translation>&amp;Erase case…</translation>
    </message>
    <message>
        <source>Delete this case everywhere, for good (right to erasure)</source>
        <translation>Delete this case everywhere, for good (right to erasure)</translation>
    </message>
    <message>
        <source>Suggested field-guide sections</source>
        <translation>Suggested field-guide sections</translation>
    </message>
    <message>
        <source>Save summary as &amp;PDF…</source>
        <translation>Save summary as &amp;PDF…</translation>
    </message>
    <message>
        <source>A summary of the case to print or hand over (written to the audit trail)</source>
        <translation>A summary of the case to print or hand over (written to the audit trail)</translation>
    </message>
    <message>
        <source>Full summary…</source>
        <translation>Full summary…</translation>
    </message>
    <message>
        <source>Leave out contact details and exact addresses…</source>
        <translation>Leave out contact details and exact addresses…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Undo changes</source>
        <translation>&amp;Undo changes</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>Forms</translation>
    </message>
    <message>
        <source>Field guide:</source>
        <translation>Field guide:</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>Save the changes to %1?</source>
        <translation>Save the changes to %1?</translation>
    </message>
    <message>
        <source>Status not changed</source>
        <translation>Status not changed</translation>
    </message>
    <message>
        <source>Save the case summary</source>
        <translation>Save the case summary</translation>
    </message>
    <message>
        <source>Summary not saved</source>
        <translation>Summary not saved</translation>
    </message>
</context>
<context>
    <name>CaseForm</name>
    <message>
        <source>Estimated</source>
        <translation>Estimated</translation>
    </message>
    <message>
        <source>Age unknown</source>
        <translation>Age unknown</translation>
    </message>
    <message>
        <source>Age in years (fills an estimated date of birth)</source>
        <translation>Age in years (fills an estimated date of birth)</translation>
    </message>
    <message>
        <source>e.g. Wolof, French</source>
        <translation>e.g. Wolof, French</translation>
    </message>
    <message>
        <source>or age</source>
        <translation>or age</translation>
    </message>
    <message>
        <source>Returnee</source>
        <translation>Returnee</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Return</translation>
    </message>
    <message>
        <source>Case management</source>
        <translation>Case management</translation>
    </message>
</context>
<context>
    <name>CaseHeader</name>
    <message>
        <source>A field of this case was changed on two laptops: click to choose the value to keep</source>
        <translation>A field of this case was changed on two laptops: click to choose the value to keep</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(no name)</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) old</source>
        <translation>
            <numerusform>%n year old</numerusform>
            <numerusform>%n years old</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>returned %n day(s) ago</source>
        <translation>
            <numerusform>returned %n day ago</numerusform>
            <numerusform>returned %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Follow-up overdue by %n day(s)</source>
        <translation>
            <numerusform>Follow-up overdue by %n day</numerusform>
            <numerusform>Follow-up overdue by %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Next follow-up: %1</source>
        <translation>Next follow-up: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseListPage</name>
    <message>
        <source>Search by name, case number, phone or community</source>
        <translation>Search by name, case number, phone or community</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>Search cases</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Status filter</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Open cases</translation>
    </message>
    <message>
        <source>Any vulnerability</source>
        <translation>Any vulnerability</translation>
    </message>
    <message>
        <source>Vulnerability filter</source>
        <translation>Vulnerability filter</translation>
    </message>
    <message>
        <source>Follow-up filter</source>
        <translation>Follow-up filter</translation>
    </message>
    <message>
        <source>Any follow-up</source>
        <translation>Any follow-up</translation>
    </message>
    <message>
        <source>Follow-up overdue</source>
        <translation>Follow-up overdue</translation>
    </message>
    <message>
        <source>Assigned to &amp;me</source>
        <translation>Assigned to &amp;me</translation>
    </message>
    <message>
        <source>&amp;New case</source>
        <translation>&amp;New case</translation>
    </message>
    <message>
        <source>Number of cases found</source>
        <translation>Number of cases found</translation>
    </message>
    <message>
        <source>Show every case again</source>
        <translation>Show every case again</translation>
    </message>
    <message>
        <source>Clear the report filter</source>
        <translation>Clear the report filter</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Filtered by: %1</source>
        <translation>Filtered by: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln case</numerusform>
            <numerusform>%Ln cases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Vulnerabilities</source>
        <translation>Vulnerabilities</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Next follow-up</translation>
    </message>
    <message>
        <source>Sync conflict to look at: open the case file</source>
        <translation>Sync conflict to look at: open the case file</translation>
    </message>
    <message>
        <source>Follow-up overdue</source>
        <translation>Follow-up overdue</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation>Change passphrase</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>&amp;Current passphrase</source>
        <translation>&amp;Current passphrase</translation>
    </message>
</context>
<context>
    <name>CloseCaseDialog</name>
    <message>
        <source>Close the case</source>
        <translation>Close the case</translation>
    </message>
    <message>
        <source>Close case</source>
        <translation>Close case</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>Choose a reason…</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <source>What happened? For early exits, what led to it?</source>
        <translation>What happened? For early exits, what led to it?</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>The same field was changed on this computer and on another one. The newer change was applied everywhere; keep it, or choose the other value.</source>
        <translation>The same field was changed on this computer and on another one. The newer change was applied everywhere; keep it, or choose the other value.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mine</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Theirs</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Applied</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Keep &amp;mine</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>Keep &amp;theirs</translation>
    </message>
    <message>
        <source>mine</source>
        <translation>mine</translation>
    </message>
    <message>
        <source>theirs</source>
        <translation>theirs</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Record consent</source>
        <translation>Record consent</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>&amp;Purpose</source>
        <translation>&amp;Purpose</translation>
    </message>
    <message>
        <source>The returnee gives consent</source>
        <translation>The returnee gives consent</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>For a referral: the service provider named to the returnee</source>
        <translation>For a referral: the service provider named to the returnee</translation>
    </message>
    <message>
        <source>&amp;Provider</source>
        <translation>&amp;Provider</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>N&amp;ote</translation>
    </message>
</context>
<context>
    <name>ConsentTab</name>
    <message>
        <source>Consent history</source>
        <translation>Consent history</translation>
    </message>
    <message>
        <source>&amp;Record consent…</source>
        <translation>&amp;Record consent…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <source>given on %1 (recorded by %2)</source>
        <translation>given on %1 (recorded by %2)</translation>
    </message>
    <message>
        <source>refused or withdrawn on %1</source>
        <translation>refused or withdrawn on %1</translation>
    </message>
    <message>
        <source>given</source>
        <translation>given</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refused</translation>
    </message>
</context>
<context>
    <name>CreateProfileDialog</name>
    <message>
        <source>New profile</source>
        <translation>New profile</translation>
    </message>
    <message>
        <source>Create profile</source>
        <translation>Create profile</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>Your &amp;name</translation>
    </message>
    <message>
        <source>&amp;Office</source>
        <translation>&amp;Office</translation>
    </message>
    <message>
        <source>Office &amp;code (for case numbers)</source>
        <translation>Office &amp;code (for case numbers)</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Role</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Caseload dashboard</source>
        <translation>Caseload dashboard</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Save caseload report as &amp;PDF…</source>
        <translation>Save caseload report as &amp;PDF…</translation>
    </message>
    <message>
        <source>The numbers shown, as tables and charts to print (written to the audit trail)</source>
        <translation>The numbers shown, as tables and charts to print (written to the audit trail)</translation>
    </message>
    <message>
        <source>Every case of the office</source>
        <translation>Every case of the office</translation>
    </message>
    <message>
        <source>Follow-up overdue</source>
        <translation>Follow-up overdue</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <source>Save the caseload report</source>
        <translation>Save the caseload report</translation>
    </message>
    <message>
        <source>Report not saved</source>
        <translation>Report not saved</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) with both dates</source>
        <translation>
            <numerusform>%n case with both dates</numerusform>
            <numerusform>%n cases with both dates</numerusform>
        </translation>
    </message>
    <message>
        <source>No case yet.</source>
        <translation>No case yet.</translation>
    </message>
    <message>
        <source>No open case.</source>
        <translation>No open case.</translation>
    </message>
    <message>
        <source>No plan item yet.</source>
        <translation>No plan item yet.</translation>
    </message>
    <message>
        <source>Items of each case&apos;s latest plan, cancelled ones left out; a link opens the cases with such an item.</source>
        <translation>Items of each case&apos;s latest plan, cancelled ones left out; a link opens the cases with such an item.</translation>
    </message>
    <message>
        <source>No referral yet.</source>
        <translation>No referral yet.</translation>
    </message>
    <message>
        <source>Open these cases in the case list</source>
        <translation>Open these cases in the case list</translation>
    </message>
</context>
<context>
    <name>EraseCaseDialog</name>
    <message>
        <source>Erase the case</source>
        <translation>Erase the case</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Erase</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>Erase the case of %1 (%2)?</source>
        <translation>Erase the case of %1 (%2)?</translation>
    </message>
    <message>
        <source>Every record of this case is deleted: the profile, household, consent, forms and follow-ups. It is deleted from this laptop now, and from headquarters and every other laptop of the office at their next sync.</source>
        <translation>Every record of this case is deleted: the profile, household, consent, forms and follow-ups. It is deleted from this laptop now, and from headquarters and every other laptop of the office at their next sync.</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>This cannot be undone.</translation>
    </message>
    <message>
        <source>The audit trail keeps that the case was erased, when, by whom and why, but nothing of what it contained.</source>
        <translation>The audit trail keeps that the case was erased, when, by whom and why, but nothing of what it contained.</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>Choose a reason…</translation>
    </message>
    <message>
        <source>To confirm, type the case number %1:</source>
        <translation>To confirm, type the case number %1:</translation>
    </message>
    <message>
        <source>Case &amp;number</source>
        <translation>Case &amp;number</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export cases</source>
        <translation>Export cases</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx), one sheet per table</source>
        <translation>Excel workbook (.xlsx), one sheet per table</translation>
    </message>
    <message>
        <source>CSV files in a ZIP archive (.zip), one file per table</source>
        <translation>CSV files in a ZIP archive (.zip), one file per table</translation>
    </message>
    <message>
        <source>F&amp;orms</source>
        <translation>F&amp;orms</translation>
    </message>
    <message>
        <source>Every form</source>
        <translation>Every form</translation>
    </message>
    <message>
        <source>The sheet of cases is always there</source>
        <translation>The sheet of cases is always there</translation>
    </message>
    <message>
        <source>&amp;Answers as</source>
        <translation>&amp;Answers as</translation>
    </message>
    <message>
        <source>Codes, as stored</source>
        <translation>Codes, as stored</translation>
    </message>
    <message>
        <source>Labels in %1</source>
        <translation>Labels in %1</translation>
    </message>
    <message>
        <source>&amp;Pseudonymise</source>
        <translation>&amp;Pseudonymise</translation>
    </message>
    <message>
        <source>Leaves out names, contacts, birth dates (the age is kept), district and community, free-text answers and staff names, and replaces case numbers with pseudonyms that change at every export.</source>
        <translation>Leaves out names, contacts, birth dates (the age is kept), district and community, free-text answers and staff names, and replaces case numbers with pseudonyms that change at every export.</translation>
    </message>
    <message>
        <source>Choose where to save the file</source>
        <translation>Choose where to save the file</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>&amp;Save to</source>
        <translation>&amp;Save to</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation>Save to</translation>
    </message>
    <message>
        <source>Names, contacts, birth dates, district and community, free text and staff names are left out; case numbers are replaced.</source>
        <translation>Names, contacts, birth dates, district and community, free text and staff names are left out; case numbers are replaced.</translation>
    </message>
    <message>
        <source>The file will hold names, contacts and birth dates: keep it encrypted and share it only as your data-protection rules allow.</source>
        <translation>The file will hold names, contacts and birth dates: keep it encrypted and share it only as your data-protection rules allow.</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>ZIP archives (*.zip)</source>
        <translation>ZIP archives (*.zip)</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Preparing…</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Saving the file…</source>
        <translation>Saving the file…</translation>
    </message>
    <message>
        <source>Writing the sheet “%1”…</source>
        <translation>Writing the sheet “%1”…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Stopping…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n case(s) to %1</source>
        <translation>
            <numerusform>Exported %n case to %1</numerusform>
            <numerusform>Exported %n cases to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Not exported, the forms are not installed on this computer: %1</source>
        <translation>Not exported, the forms are not installed on this computer: %1</translation>
    </message>
</context>
<context>
    <name>FormWizard</name>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Review of the answers</source>
        <translation>Review of the answers</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Field guide</source>
        <translation>Field guide</translation>
    </message>
    <message>
        <source>Field guide section</source>
        <translation>Field guide section</translation>
    </message>
    <message>
        <source>Hide guide</source>
        <translation>Hide guide</translation>
    </message>
    <message>
        <source>Save draft and c&amp;lose</source>
        <translation>Save draft and c&amp;lose</translation>
    </message>
    <message>
        <source>&amp;Discard draft</source>
        <translation>&amp;Discard draft</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>&amp;Submit</translation>
    </message>
    <message>
        <source>Step %1 of %2: review and submit</source>
        <translation>Step %1 of %2: review and submit</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Step %1 of %2: %3</translation>
    </message>
    <message>
        <source>Some answers on this page are missing or need correcting.</source>
        <translation>Some answers on this page are missing or need correcting.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Draft saved at %1</source>
        <translation>Draft saved at %1</translation>
    </message>
    <message>
        <source>Review your answers</source>
        <translation>Review your answers</translation>
    </message>
    <message>
        <source>Some answers are missing or need correcting:</source>
        <translation>Some answers are missing or need correcting:</translation>
    </message>
    <message>
        <source>This part of the field guide is not available yet in this language. Install the handbook pack, or open the field guide in another language.</source>
        <translation>This part of the field guide is not available yet in this language. Install the handbook pack, or open the field guide in another language.</translation>
    </message>
</context>
<context>
    <name>FormsTab</name>
    <message>
        <source>Fill in a form</source>
        <translation>Fill in a form</translation>
    </message>
    <message>
        <source>Form files not loaded because of errors: %1</source>
        <translation>Form files not loaded because of errors: %1</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Drafts</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Resume</translation>
    </message>
    <message>
        <source>D&amp;iscard</source>
        <translation>D&amp;iscard</translation>
    </message>
    <message>
        <source>Submitted forms</source>
        <translation>Submitted forms</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Correct…</source>
        <translation>&amp;Correct…</translation>
    </message>
    <message>
        <source>Make a new revision; the submitted answers are kept</source>
        <translation>Make a new revision; the submitted answers are kept</translation>
    </message>
    <message>
        <source>Follow-up tasks</source>
        <translation>Follow-up tasks</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Mark &amp;done</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>%1 — saved %2</source>
        <translation>%1 — saved %2</translation>
    </message>
    <message>
        <source>correction</source>
        <translation>correction</translation>
    </message>
    <message>
        <source>revision %1</source>
        <translation>revision %1</translation>
    </message>
    <message>
        <source>corrected</source>
        <translation>corrected</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>due %1</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>Could not start the form</source>
        <translation>Could not start the form</translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation>Discard draft</translation>
    </message>
    <message>
        <source>Discard every answer of this draft? This cannot be undone.</source>
        <translation>Discard every answer of this draft? This cannot be undone.</translation>
    </message>
</context>
<context>
    <name>HandbookPage</name>
    <message>
        <source>Search the field guide</source>
        <translation>Search the field guide</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Forward</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Smaller text</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Larger text</translation>
    </message>
    <message>
        <source>Table of contents</source>
        <translation>Table of contents</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Search results</translation>
    </message>
    <message>
        <source>Handbook pack</source>
        <translation>Handbook pack</translation>
    </message>
    <message>
        <source>Import a pack…</source>
        <translation>Import a pack…</translation>
    </message>
    <message>
        <source>Remove this pack</source>
        <translation>Remove this pack</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>My &amp;note on this section (kept in your encrypted profile)</source>
        <translation>My &amp;note on this section (kept in your encrypted profile)</translation>
    </message>
    <message>
        <source>My note on this section</source>
        <translation>My note on this section</translation>
    </message>
    <message>
        <source>Field guide</source>
        <translation>Field guide</translation>
    </message>
    <message>
        <source>No field guide is installed for this language.</source>
        <translation>No field guide is installed for this language.</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>Bookmarks</translation>
    </message>
    <message>
        <source>%1 (imported)</source>
        <translation>%1 (imported)</translation>
    </message>
    <message>
        <source>Pack imported</source>
        <translation>Pack imported</translation>
    </message>
    <message>
        <source>Remove “%1” from this computer? The shipped field guide stays.</source>
        <translation>Remove “%1” from this computer? The shipped field guide stays.</translation>
    </message>
    <message>
        <source>★ Bookmarked</source>
        <translation>★ Bookmarked</translation>
    </message>
    <message>
        <source>☆ Bookmark</source>
        <translation>☆ Bookmark</translation>
    </message>
    <message numerus="yes">
        <source>%Ln section(s) found</source>
        <translation>
            <numerusform>%Ln section found</numerusform>
            <numerusform>%Ln sections found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HouseholdTab</name>
    <message>
        <source>Household members</source>
        <translation>Household members</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation>Year of birth</translation>
    </message>
    <message>
        <source>Returned too</source>
        <translation>Returned too</translation>
    </message>
    <message>
        <source>&amp;Add member…</source>
        <translation>&amp;Add member…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Remove household member</source>
        <translation>Remove household member</translation>
    </message>
    <message>
        <source>Remove %1 from the household?</source>
        <translation>Remove %1 from the household?</translation>
    </message>
</context>
<context>
    <name>ImportPackDialog</name>
    <message>
        <source>Import a handbook pack</source>
        <translation>Import a handbook pack</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>A folder of .md or .html pages, or one page</source>
        <translation>A folder of .md or .html pages, or one page</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>Folder…</translation>
    </message>
    <message>
        <source>Page…</source>
        <translation>Page…</translation>
    </message>
    <message>
        <source>&amp;Pages</source>
        <translation>&amp;Pages</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Tell from the pages</source>
        <translation>Tell from the pages</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <source>From the pages</source>
        <translation>From the pages</translation>
    </message>
    <message>
        <source>Pack &amp;id</source>
        <translation>Pack &amp;id</translation>
    </message>
    <message>
        <source>From the folder&apos;s name</source>
        <translation>From the folder&apos;s name</translation>
    </message>
    <message>
        <source>Li&amp;cence</source>
        <translation>Li&amp;cence</translation>
    </message>
    <message>
        <source>&amp;Source of the text</source>
        <translation>&amp;Source of the text</translation>
    </message>
    <message>
        <source>Automatic: a single long page is cut at its headings</source>
        <translation>Automatic: a single long page is cut at its headings</translation>
    </message>
    <message>
        <source>One section per page</source>
        <translation>One section per page</translation>
    </message>
    <message>
        <source>Cut pages at level 1 headings</source>
        <translation>Cut pages at level 1 headings</translation>
    </message>
    <message>
        <source>Cut pages at level 2 headings</source>
        <translation>Cut pages at level 2 headings</translation>
    </message>
    <message>
        <source>Cut pages at level 3 headings</source>
        <translation>Cut pages at level 3 headings</translation>
    </message>
    <message>
        <source>Secti&amp;ons</source>
        <translation>Secti&amp;ons</translation>
    </message>
    <message>
        <source>Replace a pack that has the same id</source>
        <translation>Replace a pack that has the same id</translation>
    </message>
    <message>
        <source>Read this pack from now on in its language</source>
        <translation>Read this pack from now on in its language</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Problems found</translation>
    </message>
    <message>
        <source>Folder of pages</source>
        <translation>Folder of pages</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>Pages (%1)</source>
        <translation>Pages (%1)</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is installed: %n section(s), ready to search.</source>
        <translation>
            <numerusform>“%1” is installed: %n section, ready to search.</numerusform>
            <numerusform>“%1” is installed: %n sections, ready to search.</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes:</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>Assessed</translation>
    </message>
    <message>
        <source>Plan agreed</source>
        <translation>Plan agreed</translation>
    </message>
    <message>
        <source>Assistance</source>
        <translation>Assistance</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Monitoring</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Support period ended</source>
        <translation>Support period ended</translation>
    </message>
    <message>
        <source>No longer eligible</source>
        <translation>No longer eligible</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>Opted out</translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation>Moved away</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>Deceased</translation>
    </message>
    <message>
        <source>Lost contact</source>
        <translation>Lost contact</translation>
    </message>
    <message>
        <source>Migrated again</source>
        <translation>Migrated again</translation>
    </message>
    <message>
        <source>Requested by the returnee</source>
        <translation>Requested by the returnee</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Consent withdrawn</translation>
    </message>
    <message>
        <source>Duplicate (registered twice)</source>
        <translation>Duplicate (registered twice)</translation>
    </message>
    <message>
        <source>Created by mistake</source>
        <translation>Created by mistake</translation>
    </message>
    <message>
        <source>Unaccompanied or separated child</source>
        <translation>Unaccompanied or separated child</translation>
    </message>
    <message>
        <source>Victim of trafficking</source>
        <translation>Victim of trafficking</translation>
    </message>
    <message>
        <source>Health needs</source>
        <translation>Health needs</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Disability</translation>
    </message>
    <message>
        <source>Elderly</source>
        <translation>Elderly</translation>
    </message>
    <message>
        <source>Pregnant</source>
        <translation>Pregnant</translation>
    </message>
    <message>
        <source>Single parent</source>
        <translation>Single parent</translation>
    </message>
    <message>
        <source>Large family</source>
        <translation>Large family</translation>
    </message>
    <message>
        <source>Survivor of gender-based violence</source>
        <translation>Survivor of gender-based violence</translation>
    </message>
    <message>
        <source>Survivor of torture or violence</source>
        <translation>Survivor of torture or violence</translation>
    </message>
    <message>
        <source>Risk of exploitation or abuse</source>
        <translation>Risk of exploitation or abuse</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Not stated</translation>
    </message>
    <message>
        <source>Voluntary</source>
        <translation>Voluntary</translation>
    </message>
    <message>
        <source>Forced</source>
        <translation>Forced</translation>
    </message>
    <message>
        <source>Case manager</source>
        <translation>Case manager</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>M&amp;E officer</source>
        <translation>M&amp;E officer</translation>
    </message>
    <message>
        <source>Data sharing with headquarters</source>
        <translation>Data sharing with headquarters</translation>
    </message>
    <message>
        <source>Referral to a service provider</source>
        <translation>Referral to a service provider</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Passport</translation>
    </message>
    <message>
        <source>National identity card</source>
        <translation>National identity card</translation>
    </message>
    <message>
        <source>Birth certificate</source>
        <translation>Birth certificate</translation>
    </message>
    <message>
        <source>Travel document</source>
        <translation>Travel document</translation>
    </message>
    <message>
        <source>Diploma or certificate</source>
        <translation>Diploma or certificate</translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation>Spouse</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Child</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Parent</translation>
    </message>
    <message>
        <source>Brother or sister</source>
        <translation>Brother or sister</translation>
    </message>
    <message>
        <source>Other relative</source>
        <translation>Other relative</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Given name</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Family name</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Estimated</source>
        <translation>Estimated</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Languages</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Documents held</source>
        <translation>Documents held</translation>
    </message>
    <message>
        <source>Host country</source>
        <translation>Host country</translation>
    </message>
    <message>
        <source>Date of return</source>
        <translation>Date of return</translation>
    </message>
    <message>
        <source>Type of return</source>
        <translation>Type of return</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>Vulnerabilities</source>
        <translation>Vulnerabilities</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Assigned to</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Next follow-up</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reason for closure</source>
        <translation>Reason for closure</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Before return</source>
        <translation>Before return</translation>
    </message>
    <message>
        <source>Direct and referral</source>
        <translation>Direct and referral</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>Direct</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Referral</translation>
    </message>
    <message>
        <source>Under 18</source>
        <translation>Under 18</translation>
    </message>
    <message>
        <source>18–24 years</source>
        <translation>18–24 years</translation>
    </message>
    <message>
        <source>25–34 years</source>
        <translation>25–34 years</translation>
    </message>
    <message>
        <source>35–49 years</source>
        <translation>35–49 years</translation>
    </message>
    <message>
        <source>50 years and over</source>
        <translation>50 years and over</translation>
    </message>
    <message>
        <source>Under 6 months</source>
        <translation>Under 6 months</translation>
    </message>
    <message>
        <source>6–12 months</source>
        <translation>6–12 months</translation>
    </message>
    <message>
        <source>12–18 months</source>
        <translation>12–18 months</translation>
    </message>
    <message>
        <source>18 months and more</source>
        <translation>18 months and more</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Due within %1 days</source>
        <translation>Due within %1 days</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Office %1</source>
        <translation>Office %1</translation>
    </message>
    <message>
        <source>Counted on %1</source>
        <translation>Counted on %1</translation>
    </message>
    <message>
        <source>Follow-ups overdue</source>
        <translation>Follow-ups overdue</translation>
    </message>
    <message>
        <source>Follow-up tasks overdue</source>
        <translation>Follow-up tasks overdue</translation>
    </message>
    <message>
        <source>Days from return to agreed plan (median)</source>
        <translation>Days from return to agreed plan (median)</translation>
    </message>
    <message>
        <source>Plans agreed within %1 days of return</source>
        <translation>Plans agreed within %1 days of return</translation>
    </message>
    <message>
        <source>Cases by status</source>
        <translation>Cases by status</translation>
    </message>
    <message>
        <source>Open cases by vulnerability</source>
        <translation>Open cases by vulnerability</translation>
    </message>
    <message>
        <source>Plan items by type of support</source>
        <translation>Plan items by type of support</translation>
    </message>
    <message>
        <source>Plan items: direct or referral</source>
        <translation>Plan items: direct or referral</translation>
    </message>
    <message>
        <source>Referrals by outcome</source>
        <translation>Referrals by outcome</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>Follow-up %1</source>
        <translation>Follow-up %1</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Survey</translation>
    </message>
    <message>
        <source>No survey has enough answers for a score.</source>
        <translation>No survey has enough answers for a score.</translation>
    </message>
    <message>
        <source>Follow-up within %1 days</source>
        <translation>Follow-up within %1 days</translation>
    </message>
    <message>
        <source>Follow-ups due within %1 days</source>
        <translation>Follow-ups due within %1 days</translation>
    </message>
    <message>
        <source>Follow-up task due within %1 days</source>
        <translation>Follow-up task due within %1 days</translation>
    </message>
    <message>
        <source>Economic</source>
        <translation>Economic</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>Social</translation>
    </message>
    <message>
        <source>Psychosocial</source>
        <translation>Psychosocial</translation>
    </message>
    <message>
        <source>Composite</source>
        <translation>Composite</translation>
    </message>
    <message>
        <source>low</source>
        <translation>low</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>medium</translation>
    </message>
    <message>
        <source>high</source>
        <translation>high</translation>
    </message>
    <message>
        <source>Provisional scoring: placeholder weights, not the official scoring sheet.</source>
        <translation>Provisional scoring: placeholder weights, not the official scoring sheet.</translation>
    </message>
    <message>
        <source>Scoring profile: %1</source>
        <translation>Scoring profile: %1</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Time since return</source>
        <translation>Time since return</translation>
    </message>
    <message>
        <source>Age group</source>
        <translation>Age group</translation>
    </message>
    <message>
        <source>Type of assistance</source>
        <translation>Type of assistance</translation>
    </message>
    <message>
        <source>Direct or referral</source>
        <translation>Direct or referral</translation>
    </message>
    <message>
        <source>Sent, no answer yet</source>
        <translation>Sent, no answer yet</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Service received</source>
        <translation>Service received</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Declined</translation>
    </message>
    <message>
        <source>No response</source>
        <translation>No response</translation>
    </message>
    <message>
        <source>Follow-up task overdue</source>
        <translation>Follow-up task overdue</translation>
    </message>
    <message>
        <source>No vulnerability</source>
        <translation>No vulnerability</translation>
    </message>
    <message>
        <source>Plan item of this type</source>
        <translation>Plan item of this type</translation>
    </message>
    <message>
        <source>Plan item delivered this way</source>
        <translation>Plan item delivered this way</translation>
    </message>
    <message>
        <source>Referral with this outcome</source>
        <translation>Referral with this outcome</translation>
    </message>
    <message>
        <source>Plan agreed, return date known</source>
        <translation>Plan agreed, return date known</translation>
    </message>
    <message>
        <source>Plan agreed within the target</source>
        <translation>Plan agreed within the target</translation>
    </message>
    <message>
        <source>Plan agreed after the target</source>
        <translation>Plan agreed after the target</translation>
    </message>
</context>
<context>
    <name>MEPage</name>
    <message>
        <source>M&amp;E: reintegration scores</source>
        <translation>M&amp;E: reintegration scores</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Scoring &amp;profile:</source>
        <translation>Scoring &amp;profile:</translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation>&amp;Group by:</translation>
    </message>
    <message>
        <source>&amp;Chart of:</source>
        <translation>&amp;Chart of:</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Export PNG…</translation>
    </message>
    <message>
        <source>Save the chart as an image</source>
        <translation>Save the chart as an image</translation>
    </message>
    <message>
        <source>Latest survey of each returnee</source>
        <translation>Latest survey of each returnee</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>mean</translation>
    </message>
    <message>
        <source>Change from baseline to latest follow-up</source>
        <translation>Change from baseline to latest follow-up</translation>
    </message>
    <message>
        <source>Returnees with a baseline and a later follow-up survey: the mean of (latest − baseline), over the same returnees; n: returnees with both scores.</source>
        <translation>Returnees with a baseline and a later follow-up survey: the mean of (latest − baseline), over the same returnees; n: returnees with both scores.</translation>
    </message>
    <message>
        <source>mean change</source>
        <translation>mean change</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Computing…</translation>
    </message>
    <message>
        <source>Computed on %1</source>
        <translation>Computed on %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n survey(s))</source>
        <translation>
            <numerusform>%1 (%n survey)</numerusform>
            <numerusform>%1 (%n surveys)</numerusform>
        </translation>
    </message>
    <message>
        <source>“not shown”: fewer than %1 returnees, or hidden with such a group so that it cannot be worked out from the total (small-cell suppression).</source>
        <translation>“not shown”: fewer than %1 returnees, or hidden with such a group so that it cannot be worked out from the total (small-cell suppression).</translation>
    </message>
    <message>
        <source>A returnee can be in several groups: the groups do not add up to the total.</source>
        <translation>A returnee can be in several groups: the groups do not add up to the total.</translation>
    </message>
    <message>
        <source>n = %1</source>
        <translation>n = %1</translation>
    </message>
    <message>
        <source>No survey scored with this profile yet.</source>
        <translation>No survey scored with this profile yet.</translation>
    </message>
    <message>
        <source>%1 score by %2</source>
        <translation>%1 score by %2</translation>
    </message>
    <message>
        <source>%1: mean %2 at baseline, %3 at the latest follow-up</source>
        <translation>%1: mean %2 at baseline, %3 at the latest follow-up</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Wait until the sync in progress has finished</source>
        <translation>Wait until the sync in progress has finished</translation>
    </message>
    <message>
        <source>Headquarters set up</source>
        <translation>Headquarters set up</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Lock</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>New case</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Case list</source>
        <translation>Case list</translation>
    </message>
    <message>
        <source>Close case file</source>
        <translation>Close case file</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>&amp;Export cases…</source>
        <translation>&amp;Export cases…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Cases exported</source>
        <translation>Cases exported</translation>
    </message>
    <message>
        <source>Settings saved</source>
        <translation>Settings saved</translation>
    </message>
</context>
<context>
    <name>MeTable</name>
    <message>
        <source>not shown</source>
        <extracomment>one row: the group&apos;s code, its label (translated) and its stats by score name</extracomment>
        <translation>not shown</translation>
    </message>
    <message>
        <source>Not shown to protect the returnees&apos; privacy (small-cell suppression): fewer than %1 returnees have this score in this group, or the group is hidden with such a group so that it cannot be worked out from the total.</source>
        <translation>Not shown to protect the returnees&apos; privacy (small-cell suppression): fewer than %1 returnees have this score in this group, or the group is hidden with such a group so that it cannot be worked out from the total.</translation>
    </message>
    <message>
        <source>%1, %2: median %3, half of the returnees between %4 and %5, lowest %6, highest %7</source>
        <translation>%1, %2: median %3, half of the returnees between %4 and %5, lowest %6, highest %7</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Edit household member</source>
        <translation>Edit household member</translation>
    </message>
    <message>
        <source>Add household member</source>
        <translation>Add household member</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Relationship</source>
        <translation>&amp;Relationship</translation>
    </message>
    <message>
        <source>&amp;Sex</source>
        <translation>&amp;Sex</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>&amp;Year of birth</source>
        <translation>&amp;Year of birth</translation>
    </message>
    <message>
        <source>Returned with the returnee</source>
        <translation>Returned with the returnee</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Something went wrong. Details were written to the log file.</source>
        <translation>Something went wrong. Details were written to the log file.</translation>
    </message>
    <message>
        <source>Wrong passphrase.</source>
        <translation>Wrong passphrase.</translation>
    </message>
    <message>
        <source>Too many wrong passphrases. Try again in {seconds} seconds.</source>
        <translation>Too many wrong passphrases. Try again in {seconds} seconds.</translation>
    </message>
    <message>
        <source>This recovery key does not belong to this profile.</source>
        <translation>This recovery key does not belong to this profile.</translation>
    </message>
    <message>
        <source>This passphrase is too weak.</source>
        <translation>This passphrase is too weak.</translation>
    </message>
    <message>
        <source>Use at least 10 characters.</source>
        <translation>Use at least 10 characters.</translation>
    </message>
    <message>
        <source>Mix letters with digits or other signs.</source>
        <translation>Mix letters with digits or other signs.</translation>
    </message>
    <message>
        <source>Avoid common words such as “password”.</source>
        <translation>Avoid common words such as “password”.</translation>
    </message>
    <message>
        <source>Do not put your name in the passphrase.</source>
        <translation>Do not put your name in the passphrase.</translation>
    </message>
    <message>
        <source>Use more different characters.</source>
        <translation>Use more different characters.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>The two passphrases are not the same.</translation>
    </message>
    <message>
        <source>This profile cannot be used.</source>
        <translation>This profile cannot be used.</translation>
    </message>
    <message>
        <source>There is no profile named “{name}”.</source>
        <translation>There is no profile named “{name}”.</translation>
    </message>
    <message>
        <source>The profile “{name}” is damaged and cannot be read.</source>
        <translation>The profile “{name}” is damaged and cannot be read.</translation>
    </message>
    <message>
        <source>There is no profile yet. Create one first.</source>
        <translation>There is no profile yet. Create one first.</translation>
    </message>
    <message>
        <source>Several profiles exist ({names}): choose one with --profile.</source>
        <translation>Several profiles exist ({names}): choose one with --profile.</translation>
    </message>
    <message>
        <source>A profile named “{name}” already exists.</source>
        <translation>A profile named “{name}” already exists.</translation>
    </message>
    <message>
        <source>The database cannot be used.</source>
        <translation>The database cannot be used.</translation>
    </message>
    <message>
        <source>The database file cannot be opened.</source>
        <translation>The database file cannot be opened.</translation>
    </message>
    <message>
        <source>This profile was saved by a newer version of Passerelle. Install that version to open it.</source>
        <translation>This profile was saved by a newer version of Passerelle. Install that version to open it.</translation>
    </message>
    <message>
        <source>No such case.</source>
        <translation>No such case.</translation>
    </message>
    <message>
        <source>A case cannot move from this status to that one.</source>
        <translation>A case cannot move from this status to that one.</translation>
    </message>
    <message>
        <source>This value is not valid.</source>
        <translation>This value is not valid.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>This field is required.</translation>
    </message>
    <message>
        <source>This text is too long.</source>
        <translation>This text is too long.</translation>
    </message>
    <message>
        <source>Enter a date as YYYY-MM-DD.</source>
        <translation>Enter a date as YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Choose one of the values offered.</source>
        <translation>Choose one of the values offered.</translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation>Enter a whole number.</translation>
    </message>
    <message>
        <source>This number is out of range.</source>
        <translation>This number is out of range.</translation>
    </message>
    <message>
        <source>Answer yes or no.</source>
        <translation>Answer yes or no.</translation>
    </message>
    <message>
        <source>This value does not have the expected form.</source>
        <translation>This value does not have the expected form.</translation>
    </message>
    <message>
        <source>There is no such field.</source>
        <translation>There is no such field.</translation>
    </message>
    <message>
        <source>This question needs an answer.</source>
        <translation>This question needs an answer.</translation>
    </message>
    <message>
        <source>This answer is not accepted.</source>
        <translation>This answer is not accepted.</translation>
    </message>
    <message>
        <source>This choice is no longer offered: choose again.</source>
        <translation>This choice is no longer offered: choose again.</translation>
    </message>
    <message>
        <source>This form cannot be filled in now.</source>
        <translation>This form cannot be filled in now.</translation>
    </message>
    <message>
        <source>The form “{form}” is not installed on this computer.</source>
        <translation>The form “{form}” is not installed on this computer.</translation>
    </message>
    <message>
        <source>The intake form registers a new case; it cannot be filled in on an existing one.</source>
        <translation>The intake form registers a new case; it cannot be filled in on an existing one.</translation>
    </message>
    <message>
        <source>This form belongs to a case: open the case first.</source>
        <translation>This form belongs to a case: open the case first.</translation>
    </message>
    <message>
        <source>Needs the returnee’s consent to referral (see Consent).</source>
        <translation>Needs the returnee’s consent to referral (see Consent).</translation>
    </message>
    <message>
        <source>Needs the returnee’s consent to assistance (see Consent).</source>
        <translation>Needs the returnee’s consent to assistance (see Consent).</translation>
    </message>
    <message>
        <source>Needs the returnee’s consent to sharing with headquarters (see Consent).</source>
        <translation>Needs the returnee’s consent to sharing with headquarters (see Consent).</translation>
    </message>
    <message>
        <source>The field guide shipped with Passerelle cannot be removed.</source>
        <translation>The field guide shipped with Passerelle cannot be removed.</translation>
    </message>
    <message>
        <source>No imported pack has the id “{pack}”.</source>
        <translation>No imported pack has the id “{pack}”.</translation>
    </message>
    <message>
        <source>The pack “{pack}” is in use by another program and was not removed.</source>
        <translation>The pack “{pack}” is in use by another program and was not removed.</translation>
    </message>
    <message>
        <source>Sync with headquarters is not set up yet (the sync button in the status bar, or: passerelle sync configure).</source>
        <translation>Sync with headquarters is not set up yet (the sync button in the status bar, or: passerelle sync configure).</translation>
    </message>
    <message>
        <source>This account cannot see any office. Ask headquarters to check it.</source>
        <translation>This account cannot see any office. Ask headquarters to check it.</translation>
    </message>
    <message>
        <source>The export could not be written. Check that the folder exists, that you may write in it and that the disk is not full, then try again.</source>
        <translation>The export could not be written. Check that the folder exists, that you may write in it and that the disk is not full, then try again.</translation>
    </message>
    <message>
        <source>The export was stopped. No file was written.</source>
        <translation>The export was stopped. No file was written.</translation>
    </message>
    <message>
        <source>This file is not a Passerelle bundle, or a newer version of Passerelle wrote it. Nothing was imported.</source>
        <translation>This file is not a Passerelle bundle, or a newer version of Passerelle wrote it. Nothing was imported.</translation>
    </message>
    <message>
        <source>This file is incomplete: it was probably not copied to the end. Copy it again; nothing was imported.</source>
        <translation>This file is incomplete: it was probably not copied to the end. Copy it again; nothing was imported.</translation>
    </message>
    <message>
        <source>This file is damaged or was changed after it was written; nothing was imported.</source>
        <translation>This file is damaged or was changed after it was written; nothing was imported.</translation>
    </message>
    <message>
        <source>This bundle belongs to another office and was not imported.</source>
        <translation>This bundle belongs to another office and was not imported.</translation>
    </message>
    <message>
        <source>This bundle was already imported (number {sequence} from device {device}; the newest imported from that device is number {last}).</source>
        <translation>This bundle was already imported (number {sequence} from device {device}; the newest imported from that device is number {last}).</translation>
    </message>
    <message>
        <source>This bundle comes from device {device}, which this laptop does not know as a device of the office (a new laptop, or one withdrawn by headquarters). Sync with headquarters, then try again; nothing was imported.</source>
        <translation>This bundle comes from device {device}, which this laptop does not know as a device of the office (a new laptop, or one withdrawn by headquarters). Sync with headquarters, then try again; nothing was imported.</translation>
    </message>
    <message>
        <source>Bundles need the office key, which this laptop gets from headquarters: set up and sync with headquarters once.</source>
        <translation>Bundles need the office key, which this laptop gets from headquarters: set up and sync with headquarters once.</translation>
    </message>
    <message>
        <source>Nothing is waiting to be sent: headquarters already has every change made here.</source>
        <translation>Nothing is waiting to be sent: headquarters already has every change made here.</translation>
    </message>
    <message>
        <source>M&amp;E officers cannot erase cases.</source>
        <translation>M&amp;E officers cannot erase cases.</translation>
    </message>
    <message>
        <source>This bundle is larger than Passerelle accepts ({limit_mb} MB); nothing was imported.</source>
        <translation>This bundle is larger than Passerelle accepts ({limit_mb} MB); nothing was imported.</translation>
    </message>
    <message>
        <source>There are too many changes for one bundle (more than {limit_mb} MB); nothing was written.</source>
        <translation>There are too many changes for one bundle (more than {limit_mb} MB); nothing was written.</translation>
    </message>
    <message>
        <source>The bundle file cannot be read. Check that the USB drive is still plugged in, then try again.</source>
        <translation>The bundle file cannot be read. Check that the USB drive is still plugged in, then try again.</translation>
    </message>
    <message>
        <source>The bundle could not be written. Check that the USB drive is plugged in, not full and not locked, then try again.</source>
        <translation>The bundle could not be written. Check that the USB drive is plugged in, not full and not locked, then try again.</translation>
    </message>
    <message>
        <source>This submission has already been corrected: correct the newest revision.</source>
        <translation>This submission has already been corrected: correct the newest revision.</translation>
    </message>
    <message>
        <source>The scoring profile {file} cannot be used: {problems} problem(s).</source>
        <translation>The scoring profile {file} cannot be used: {problems} problem(s).</translation>
    </message>
    <message>
        <source>Enter at least a given name or a family name.</source>
        <translation>Enter at least a given name or a family name.</translation>
    </message>
    <message>
        <source>This date is in the future.</source>
        <translation>This date is in the future.</translation>
    </message>
    <message>
        <source>This date is more than 120 years ago.</source>
        <translation>This date is more than 120 years ago.</translation>
    </message>
    <message>
        <source>The return date is before the birth date.</source>
        <translation>The return date is before the birth date.</translation>
    </message>
    <message>
        <source>Enter a phone number with digits, spaces and an optional +.</source>
        <translation>Enter a phone number with digits, spaces and an optional +.</translation>
    </message>
    <message>
        <source>This case number is already used.</source>
        <translation>This case number is already used.</translation>
    </message>
    <message>
        <source>Write changes as FIELD=VALUE.</source>
        <translation>Write changes as FIELD=VALUE.</translation>
    </message>
    <message>
        <source>Some fields need attention.</source>
        <translation>Some fields need attention.</translation>
    </message>
    <message>
        <source>Use only {office}, {year} and {seq} in the pattern.</source>
        <translation>Use only {office}, {year} and {seq} in the pattern.</translation>
    </message>
    <message>
        <source>Use only letters, digits, dashes, dots and slashes.</source>
        <translation>Use only letters, digits, dashes, dots and slashes.</translation>
    </message>
    <message>
        <source>The pattern must contain {seq}.</source>
        <translation>The pattern must contain {seq}.</translation>
    </message>
    <message>
        <source>Case numbers made from this pattern would be too long.</source>
        <translation>Case numbers made from this pattern would be too long.</translation>
    </message>
    <message>
        <source>Nothing was imported. Rows with problems: {rows}.</source>
        <translation>Nothing was imported. Rows with problems: {rows}.</translation>
    </message>
    <message>
        <source>The file has more than {limit} rows.</source>
        <translation>The file has more than {limit} rows.</translation>
    </message>
    <message>
        <source>This row has more cells than the header.</source>
        <translation>This row has more cells than the header.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text. Save it as “CSV UTF-8”.</source>
        <translation>The file is not UTF-8 text. Save it as “CSV UTF-8”.</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>The file cannot be read.</translation>
    </message>
    <message>
        <source>The file has no header row.</source>
        <translation>The file has no header row.</translation>
    </message>
    <message>
        <source>This form file has problems and was not loaded.</source>
        <translation>This form file has problems and was not loaded.</translation>
    </message>
    <message>
        <source>The handbook pack “{pack}” was not loaded. Problems found: {problems}.</source>
        <translation>The handbook pack “{pack}” was not loaded. Problems found: {problems}.</translation>
    </message>
    <message>
        <source>“{source}” was not imported and nothing was changed. Problems found: {problems}.</source>
        <translation>“{source}” was not imported and nothing was changed. Problems found: {problems}.</translation>
    </message>
    <message>
        <source>Choose a folder or a page to import.</source>
        <translation>Choose a folder or a page to import.</translation>
    </message>
    <message>
        <source>Headquarters cannot be reached. Your changes are kept here and will be sent next time.</source>
        <translation>Headquarters cannot be reached. Your changes are kept here and will be sent next time.</translation>
    </message>
    <message>
        <source>Headquarters did not accept this user name and password.</source>
        <translation>Headquarters did not accept this user name and password.</translation>
    </message>
    <message>
        <source>Headquarters refused: this account may not write these records.</source>
        <translation>Headquarters refused: this account may not write these records.</translation>
    </message>
    <message>
        <source>Headquarters does not know this office.</source>
        <translation>Headquarters does not know this office.</translation>
    </message>
    <message>
        <source>Headquarters refused the request (status {status}).</source>
        <translation>Headquarters refused the request (status {status}).</translation>
    </message>
    <message>
        <source>The server at this address answered something that is not a Passerelle headquarters.</source>
        <translation>The server at this address answered something that is not a Passerelle headquarters.</translation>
    </message>
    <message>
        <source>Some changes were not accepted by headquarters; they are kept here and will be sent again.</source>
        <translation>Some changes were not accepted by headquarters; they are kept here and will be sent again.</translation>
    </message>
    <message>
        <source>Sync was cancelled. What was already sent is kept.</source>
        <translation>Sync was cancelled. What was already sent is kept.</translation>
    </message>
    <message>
        <source>A sync is already running.</source>
        <translation>A sync is already running.</translation>
    </message>
    <message>
        <source>Sync stopped because of a problem with the database on this computer.</source>
        <translation>Sync stopped because of a problem with the database on this computer.</translation>
    </message>
    <message>
        <source>This account can see several offices ({offices}): choose one.</source>
        <translation>This account can see several offices ({offices}): choose one.</translation>
    </message>
    <message>
        <source>This account cannot use the office “{office}”.</source>
        <translation>This account cannot use the office “{office}”.</translation>
    </message>
    <message>
        <source>There is no open conflict with this number.</source>
        <translation>There is no open conflict with this number.</translation>
    </message>
    <message>
        <source>The audit trail is intact ({entries} entries).</source>
        <translation>The audit trail is intact ({entries} entries).</translation>
    </message>
    <message>
        <source>The audit trail is broken: entry {seq} was removed.</source>
        <translation>The audit trail is broken: entry {seq} was removed.</translation>
    </message>
    <message>
        <source>The audit trail is broken: entry {seq} was altered.</source>
        <translation>The audit trail is broken: entry {seq} was altered.</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <source>New case</source>
        <translation>New case</translation>
    </message>
    <message>
        <source>Create case</source>
        <translation>Create case</translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase</source>
        <translation>&amp;Repeat passphrase</translation>
    </message>
    <message>
        <source>Strong enough.</source>
        <translation>Strong enough.</translation>
    </message>
</context>
<context>
    <name>PdfReport</name>
    <message>
        <source>Confidential: personal data, keep it safe</source>
        <translation>Confidential: personal data, keep it safe</translation>
    </message>
    <message>
        <source>Printed on %1 · page %2 of %3</source>
        <translation>Printed on %1 · page %2 of %3</translation>
    </message>
    <message>
        <source>Printed on %1 by %2</source>
        <translation>Printed on %1 by %2</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Case summary</source>
        <translation>Case summary</translation>
    </message>
    <message>
        <source>Contact details and exact addresses are left out of this summary.</source>
        <translation>Contact details and exact addresses are left out of this summary.</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Vulnerabilities</source>
        <translation>Vulnerabilities</translation>
    </message>
    <message>
        <source>No vulnerability recorded.</source>
        <translation>No vulnerability recorded.</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation>Year of birth</translation>
    </message>
    <message>
        <source>Returned too</source>
        <translation>Returned too</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Given on %1</source>
        <translation>Given on %1</translation>
    </message>
    <message>
        <source>Refused or withdrawn on %1</source>
        <translation>Refused or withdrawn on %1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Assessments</translation>
    </message>
    <message>
        <source>Reintegration plan</source>
        <translation>Reintegration plan</translation>
    </message>
    <message>
        <source>Counselling and monitoring</source>
        <translation>Counselling and monitoring</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <source>Other forms</source>
        <translation>Other forms</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>None yet.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>revision %1</source>
        <translation>revision %1</translation>
    </message>
    <message>
        <source>Reintegration scores</source>
        <translation>Reintegration scores</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Survey</translation>
    </message>
    <message>
        <source>No reintegration survey yet.</source>
        <translation>No reintegration survey yet.</translation>
    </message>
    <message>
        <source>Caseload report</source>
        <translation>Caseload report</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Key figures</translation>
    </message>
    <message>
        <source>Nothing to count yet.</source>
        <translation>Nothing to count yet.</translation>
    </message>
</context>
<context>
    <name>ProgressTab</name>
    <message>
        <source>Reintegration scores over time</source>
        <translation>Reintegration scores over time</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Export PNG…</translation>
    </message>
    <message>
        <source>Save the chart as an image</source>
        <translation>Save the chart as an image</translation>
    </message>
    <message>
        <source>Reintegration plan</source>
        <translation>Reintegration plan</translation>
    </message>
    <message>
        <source>No reintegration survey yet: the scores appear here after the first one.</source>
        <translation>No reintegration survey yet: the scores appear here after the first one.</translation>
    </message>
    <message>
        <source>No survey scored with this scoring profile yet.</source>
        <translation>No survey scored with this scoring profile yet.</translation>
    </message>
    <message>
        <source>Economic, social, psychosocial and composite scores</source>
        <translation>Economic, social, psychosocial and composite scores</translation>
    </message>
    <message>
        <source>No plan items.</source>
        <translation>No plan items.</translation>
    </message>
    <message>
        <source>No reintegration plan yet.</source>
        <translation>No reintegration plan yet.</translation>
    </message>
    <message>
        <source>Agreed on %1</source>
        <translation>Agreed on %1</translation>
    </message>
    <message>
        <source>Not agreed yet</source>
        <translation>Not agreed yet</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message>
        <source>Budget: %1 delivered of %2 planned</source>
        <translation>Budget: %1 delivered of %2 planned</translation>
    </message>
    <message>
        <source>Items by status</source>
        <translation>Items by status</translation>
    </message>
    <message>
        <source>Items by dimension (cancelled left out)</source>
        <translation>Items by dimension (cancelled left out)</translation>
    </message>
    <message>
        <source>scores.png</source>
        <translation>scores.png</translation>
    </message>
</context>
<context>
    <name>ProviderDialog</name>
    <message>
        <source>Service provider</source>
        <translation>Service provider</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Dimension</source>
        <translation>&amp;Dimension</translation>
    </message>
    <message>
        <source>&amp;Services (codes, separated by spaces)</source>
        <translation>&amp;Services (codes, separated by spaces)</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>&amp;Region</translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation>&amp;Contact</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <source>&amp;Active</source>
        <translation>&amp;Active</translation>
    </message>
</context>
<context>
    <name>ProvidersDialog</name>
    <message>
        <source>Economic</source>
        <translation>Economic</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>Social</translation>
    </message>
    <message>
        <source>Psychosocial</source>
        <translation>Psychosocial</translation>
    </message>
    <message>
        <source>Service providers</source>
        <translation>Service providers</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>QuestionRow</name>
    <message>
        <source>Open the field guide on this question</source>
        <translation>Open the field guide on this question</translation>
    </message>
    <message>
        <source>Field guide for this question</source>
        <translation>Field guide for this question</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <source>Recorded by %1 on %2</source>
        <translation>Recorded by %1 on %2</translation>
    </message>
</context>
<context>
    <name>RecoverDialog</name>
    <message>
        <source>Open with the recovery key</source>
        <translation>Open with the recovery key</translation>
    </message>
    <message>
        <source>Open profile</source>
        <translation>Open profile</translation>
    </message>
    <message>
        <source>Recovery &amp;key</source>
        <translation>Recovery &amp;key</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Your recovery key</source>
        <translation>Your recovery key</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Write this key on paper and keep it somewhere safe, away from the laptop. It opens your profile if you forget your passphrase. It is shown only now.</source>
        <translation>Write this key on paper and keep it somewhere safe, away from the laptop. It opens your profile if you forget your passphrase. It is shown only now.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <source>I have written the key down</source>
        <translation>I have written the key down</translation>
    </message>
</context>
<context>
    <name>RepeatBlock</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation>Add to %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove item %1</source>
        <translation>Remove item %1</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Confirmed by %1 on %2</source>
        <translation>Confirmed by %1 on %2</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmed</translation>
    </message>
</context>
<context>
    <name>ScoresView</name>
    <message>
        <source>Reintegration scores</source>
        <translation>Reintegration scores</translation>
    </message>
    <message>
        <source>not enough answers</source>
        <translation>not enough answers</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Lock after</source>
        <translation>&amp;Lock after</translation>
    </message>
    <message>
        <source> min without activity</source>
        <translation> min without activity</translation>
    </message>
    <message>
        <source>Office &amp;code</source>
        <translation>Office &amp;code</translation>
    </message>
    <message>
        <source>Case number &amp;pattern</source>
        <translation>Case number &amp;pattern</translation>
    </message>
    <message>
        <source>{office} office code · {year} year · {seq} number, {seq:5} padded to 5 digits</source>
        <translation>{office} office code · {year} year · {seq} number, {seq:5} padded to 5 digits</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Example</translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation>Change &amp;passphrase…</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Search the case list</source>
        <translation>Search the case list</translation>
    </message>
    <message>
        <source>Move from the search field into the list, and through it</source>
        <translation>Move from the search field into the list, and through it</translation>
    </message>
    <message>
        <source>Open the selected case</source>
        <translation>Open the selected case</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>New case</translation>
    </message>
    <message>
        <source>Save the case profile</source>
        <translation>Save the case profile</translation>
    </message>
    <message>
        <source>Close the open case file</source>
        <translation>Close the open case file</translation>
    </message>
    <message>
        <source>Go to the case list</source>
        <translation>Go to the case list</translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation>Lock now</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>This list</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Reintegration case management</source>
        <translation>Reintegration case management</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Profile</translation>
    </message>
    <message>
        <source>Profiles on this computer</source>
        <translation>Profiles on this computer</translation>
    </message>
    <message>
        <source>P&amp;assphrase</source>
        <translation>P&amp;assphrase</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>&amp;New profile…</source>
        <translation>&amp;New profile…</translation>
    </message>
    <message>
        <source>&amp;Forgot passphrase…</source>
        <translation>&amp;Forgot passphrase…</translation>
    </message>
    <message>
        <source>No profile yet on this computer. Create one to start.</source>
        <translation>No profile yet on this computer. Create one to start.</translation>
    </message>
</context>
<context>
    <name>SubmissionDialog</name>
    <message>
        <source>Submitted %1 by %2 · form version %3 · revision %4</source>
        <translation>Submitted %1 by %2 · form version %3 · revision %4</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Answers</translation>
    </message>
    <message>
        <source>The form of this submission is not installed on this computer.</source>
        <translation>The form of this submission is not installed on this computer.</translation>
    </message>
</context>
<context>
    <name>SyncSetupDialog</name>
    <message>
        <source>Headquarters</source>
        <translation>Headquarters</translation>
    </message>
    <message>
        <source>Check and save</source>
        <translation>Check and save</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>Kept only in your encrypted profile</source>
        <translation>Kept only in your encrypted profile</translation>
    </message>
    <message>
        <source>&amp;Office</source>
        <translation>&amp;Office</translation>
    </message>
    <message>
        <source>Checking with headquarters…</source>
        <translation>Checking with headquarters…</translation>
    </message>
    <message>
        <source>This account can see several offices. Choose the one you work for, then check again.</source>
        <translation>This account can see several offices. Choose the one you work for, then check again.</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>Set up headquarters…</source>
        <translation>Set up headquarters…</translation>
    </message>
    <message>
        <source>Conflicts…</source>
        <translation>Conflicts…</translation>
    </message>
    <message>
        <source>Write a bundle for a USB stick…</source>
        <translation>Write a bundle for a USB stick…</translation>
    </message>
    <message>
        <source>Import a bundle…</source>
        <translation>Import a bundle…</translation>
    </message>
    <message>
        <source>Sync automatically</source>
        <translation>Sync automatically</translation>
    </message>
    <message>
        <source>Sync on its own whenever headquarters can be reached</source>
        <translation>Sync on its own whenever headquarters can be reached</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Sync not set up</source>
        <translation>Sync not set up</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n change waiting</numerusform>
            <numerusform>%n changes waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to look at</source>
        <translation>
            <numerusform>%n conflict to look at</numerusform>
            <numerusform>%n conflicts to look at</numerusform>
        </translation>
    </message>
    <message>
        <source>last sync %1</source>
        <translation>last sync %1</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between counts: 3 sent, 2 received</comment>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%n sent</source>
        <translation>
            <numerusform>%n sent</numerusform>
            <numerusform>%n sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n received</source>
        <translation>
            <numerusform>%n received</numerusform>
            <numerusform>%n received</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message>
        <source>Not finished: %1 (%2)</source>
        <translation>Not finished: %1 (%2)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>receiving</source>
        <translation>receiving</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>sending</translation>
    </message>
    <message numerus="yes">
        <source>Syncing… %1: %n row(s), %2 KB</source>
        <translation>
            <numerusform>Syncing… %1: %n row, %2 KB</numerusform>
            <numerusform>Syncing… %1: %n rows, %2 KB</numerusform>
        </translation>
    </message>
    <message>
        <source>Headquarters not reachable; trying again later</source>
        <translation>Headquarters not reachable; trying again later</translation>
    </message>
    <message>
        <source>Write a bundle for a USB stick</source>
        <translation>Write a bundle for a USB stick</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>Writing the bundle…</translation>
    </message>
    <message>
        <source>Import a bundle</source>
        <translation>Import a bundle</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>Reading the bundle…</source>
        <translation>Reading the bundle…</translation>
    </message>
    <message>
        <source>Passerelle bundles (*%1)</source>
        <translation>Passerelle bundles (*%1)</translation>
    </message>
    <message numerus="yes">
        <source>Bundle written: %n change(s)</source>
        <translation>
            <numerusform>Bundle written: %n change</numerusform>
            <numerusform>Bundle written: %n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) written to %1.</source>
        <translation>
            <numerusform>%n change written to %1.</numerusform>
            <numerusform>%n changes written to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import the bundle on another laptop of the office: the changes go on to headquarters with that laptop&apos;s next sync.</source>
        <translation>Import the bundle on another laptop of the office: the changes go on to headquarters with that laptop&apos;s next sync.</translation>
    </message>
    <message>
        <source>Bundle written</source>
        <translation>Bundle written</translation>
    </message>
    <message>
        <source>Bundle not written</source>
        <translation>Bundle not written</translation>
    </message>
    <message numerus="yes">
        <source>Bundle imported: %n change(s) applied</source>
        <translation>
            <numerusform>Bundle imported: %n change applied</numerusform>
            <numerusform>Bundle imported: %n changes applied</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) read</source>
        <translation>
            <numerusform>%n change read</numerusform>
            <numerusform>%n changes read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n applied here</source>
        <translation>
            <numerusform>%n applied here</numerusform>
            <numerusform>%n applied here</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for a case this laptop does not have yet</source>
        <translation>
            <numerusform>%n waiting for a case this laptop does not have yet</numerusform>
            <numerusform>%n waiting for a case this laptop does not have yet</numerusform>
        </translation>
    </message>
    <message>
        <source>Bundle %1 from device %2: %3.</source>
        <translation>Bundle %1 from device %2: %3.</translation>
    </message>
    <message>
        <source>They go to headquarters at the next sync.</source>
        <translation>They go to headquarters at the next sync.</translation>
    </message>
    <message>
        <source>Bundle imported</source>
        <translation>Bundle imported</translation>
    </message>
    <message>
        <source>Bundle not imported</source>
        <translation>Bundle not imported</translation>
    </message>
</context>
<context>
    <name>TasksPage</name>
    <message>
        <source>Follow-ups</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source>Follow-up tasks</source>
        <translation>Follow-up tasks</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation>&amp;Open case</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Mark &amp;done</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>This week</translation>
    </message>
    <message>
        <source>%1 overdue · %2 today · %3 this week</source>
        <translation>%1 overdue · %2 today · %3 this week</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <source>Case timeline</source>
        <translation>Case timeline</translation>
    </message>
    <message>
        <source>Returned to the country</source>
        <translation>Returned to the country</translation>
    </message>
    <message>
        <source>Consent given: %1</source>
        <translation>Consent given: %1</translation>
    </message>
    <message>
        <source>Consent refused: %1</source>
        <translation>Consent refused: %1</translation>
    </message>
    <message>
        <source>Case registered</source>
        <translation>Case registered</translation>
    </message>
    <message>
        <source>Case imported</source>
        <translation>Case imported</translation>
    </message>
    <message>
        <source>Profile updated: %1</source>
        <translation>Profile updated: %1</translation>
    </message>
    <message>
        <source>Case file opened</source>
        <translation>Case file opened</translation>
    </message>
    <message>
        <source>Household changed</source>
        <translation>Household changed</translation>
    </message>
    <message>
        <source>Form submitted: %1</source>
        <translation>Form submitted: %1</translation>
    </message>
    <message>
        <source>Form corrected: %1 (revision %2)</source>
        <translation>Form corrected: %1 (revision %2)</translation>
    </message>
    <message>
        <source>Draft discarded: %1</source>
        <translation>Draft discarded: %1</translation>
    </message>
    <message>
        <source>Follow-up task marked done</source>
        <translation>Follow-up task marked done</translation>
    </message>
    <message>
        <source>Case closed: %1</source>
        <translation>Case closed: %1</translation>
    </message>
    <message>
        <source>Status: %1 → %2</source>
        <translation>Status: %1 → %2</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Navigation</source>
        <extracomment>the case list, follow-ups, the dashboard, the field guide and the M&amp;E view come first (the M&amp;E view listed for M&amp;E officers and supervisors only); open case files and forms follow</extracomment>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Service &amp;providers</source>
        <translation>Service &amp;providers</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>Se&amp;ttings</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Field guide</source>
        <translation>Field guide</translation>
    </message>
    <message>
        <source>M&amp;E scores</source>
        <translation>M&amp;E scores</translation>
    </message>
    <message>
        <source>Form files not loaded because of errors: %1</source>
        <translation>Form files not loaded because of errors: %1</translation>
    </message>
    <message>
        <source>%1 submitted</source>
        <translation>%1 submitted</translation>
    </message>
    <message>
        <source>Case %1 registered</source>
        <translation>Case %1 registered</translation>
    </message>
    <message>
        <source>Case %1 erased</source>
        <translation>Case %1 erased</translation>
    </message>
</context>
<context>
    <name>_Plurals</name>
    <message numerus="yes">
        <source>%n survey(s) scored with another scoring profile not shown: their scores cannot be compared with these.</source>
        <translation>
            <numerusform>%n survey scored with another scoring profile not shown: its scores cannot be compared with these.</numerusform>
            <numerusform>%n surveys scored with another scoring profile not shown: their scores cannot be compared with these.</numerusform>
        </translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="he_IL">
<context>
    <name>AccountPanel</name>
    <message>
        <location filename="../desktop/ui/customers/account_panel.py" line="48"/>
        <source>Filter services</source>
        <translation>סינון שירותים</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/account_panel.py" line="104"/>
        <source>No customer chosen</source>
        <translation>לא נבחר לקוח</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/account_panel.py" line="105"/>
        <source>Find a customer on the left.</source>
        <translation>יש לחפש לקוח בחלונית שמימין.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/account_panel.py" line="111"/>
        <source>(not valid)</source>
        <translation>(לא בתוקף)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/account_panel.py" line="113"/>
        <location filename="../desktop/ui/customers/account_panel.py" line="117"/>
        <source>none</source>
        <translation>אין</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/account_panel.py" line="119"/>
        <source>E-mail: {email}   Customer: {ref}
Billing contacts: {contacts}
Cards: {cards}</source>
        <translation>דוא״ל: {email}   לקוח: {ref}
אנשי קשר לחיוב: {contacts}
כרטיסי אשראי: {cards}</translation>
    </message>
</context>
<context>
    <name>AddStaffDialog</name>
    <message>
        <location filename="../desktop/ui/admin/staff_dialog.py" line="128"/>
        <source>Add a staff member</source>
        <translation>הוספת איש צוות</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_dialog.py" line="133"/>
        <source>Name</source>
        <translation>שם</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_dialog.py" line="134"/>
        <source>Role</source>
        <translation>תפקיד</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_dialog.py" line="135"/>
        <source>Password</source>
        <translation>סיסמה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_dialog.py" line="136"/>
        <source>Password again</source>
        <translation>אימות סיסמה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_dialog.py" line="137"/>
        <source>Add</source>
        <translation>הוספה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_dialog.py" line="142"/>
        <source>The two passwords differ.</source>
        <translation>שתי הסיסמאות אינן זהות.</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../desktop/ui/admin/audit_dialog.py" line="69"/>
        <source>Audit log</source>
        <translation>יומן ביקורת</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_dialog.py" line="81"/>
        <source>Everyone</source>
        <translation>כולם</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_dialog.py" line="83"/>
        <source>All actions</source>
        <translation>כל האירועים</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_dialog.py" line="88"/>
        <source>Reference or name</source>
        <translation>מזהה לקוח או שם</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_dialog.py" line="99"/>
        <source>Refresh</source>
        <translation>רענון</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_dialog.py" line="103"/>
        <source>Who</source>
        <translation>משתמש</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_dialog.py" line="104"/>
        <source>What</source>
        <translation>אירוע</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_dialog.py" line="105"/>
        <source>Customer</source>
        <translation>לקוח</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_dialog.py" line="106"/>
        <source>From</source>
        <translation>מתאריך</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_dialog.py" line="107"/>
        <source>To</source>
        <translation>עד תאריך</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_dialog.py" line="137"/>
        <source>Choose an entry to see what it changed.</source>
        <translation>יש לבחור רשומה כדי לראות מה היא שינתה.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_dialog.py" line="146"/>
        <source>Load more</source>
        <translation>טעינת עוד</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_dialog.py" line="148"/>
        <source>Export CSV…</source>
        <translation>ייצוא ל־CSV…</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/admin/audit_dialog.py" line="275"/>
        <source>%n entry(ies) shown, newest first; older ones follow with Load more.</source>
        <translation>
            <numerusform>מוצגת %n רשומה, מהחדשה לישנה; רשומות ישנות יותר נטענות בלחיצה על &quot;טעינת עוד&quot;.</numerusform>
            <numerusform>מוצגות %n רשומות, מהחדשה לישנה; רשומות ישנות יותר נטענות בלחיצה על &quot;טעינת עוד&quot;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/admin/audit_dialog.py" line="276"/>
        <source>%n entry(ies), newest first.</source>
        <translation>
            <numerusform>%n רשומה, מהחדשה לישנה.</numerusform>
            <numerusform>%n רשומות, מהחדשה לישנה.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_dialog.py" line="305"/>
        <source>{what} ({code}), {when}, by {who}</source>
        <translation>{what} ({code}), {when}, על ידי {who}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_dialog.py" line="311"/>
        <source>Concerning: {entity}</source>
        <translation>נושא: {entity}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_dialog.py" line="313"/>
        <source>Customer: {customer}</source>
        <translation>לקוח: {customer}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_dialog.py" line="316"/>
        <source>Before:</source>
        <translation>לפני:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_dialog.py" line="319"/>
        <source>After:</source>
        <translation>אחרי:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_dialog.py" line="329"/>
        <source>Export the audit log</source>
        <translation>ייצוא יומן הביקורת</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_dialog.py" line="329"/>
        <source>CSV files (*.csv)</source>
        <translation>קובצי CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_dialog.py" line="342"/>
        <source>Export</source>
        <translation>ייצוא</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_dialog.py" line="343"/>
        <source>Writing the audit log to {file}…</source>
        <translation>כותב את יומן הביקורת לקובץ {file}…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_dialog.py" line="344"/>
        <source>Cancel</source>
        <translation>ביטול</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_dialog.py" line="353"/>
        <source>Exporting…</source>
        <translation>מייצא…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_dialog.py" line="365"/>
        <source>Cancelling…</source>
        <translation>מבטל…</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/admin/audit_dialog.py" line="375"/>
        <source>%n row(s) written to {file}.</source>
        <translation>
            <numerusform>נכתבה %n שורה לקובץ {file}.</numerusform>
            <numerusform>נכתבו %n שורות לקובץ {file}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../desktop/ui/admin/audit_model.py" line="40"/>
        <source>When</source>
        <translation>תאריך</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_model.py" line="41"/>
        <source>Who</source>
        <translation>משתמש</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_model.py" line="42"/>
        <source>What</source>
        <translation>אירוע</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_model.py" line="43"/>
        <source>Concerning</source>
        <translation>נושא</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_model.py" line="44"/>
        <source>Customer</source>
        <translation>לקוח</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_model.py" line="45"/>
        <source>Before → after</source>
        <translation>לפני ← אחרי</translation>
    </message>
</context>
<context>
    <name>AuditTexts</name>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="22"/>
        <source>Auto-renew switched on</source>
        <translation>החידוש האוטומטי הופעל</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="23"/>
        <source>Auto-renew switched off</source>
        <translation>החידוש האוטומטי בוטל</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="24"/>
        <source>Auto-renew settings changed</source>
        <translation>הגדרות החידוש האוטומטי שונו</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="25"/>
        <source>Auto-renew stopped</source>
        <translation>החידוש האוטומטי הופסק</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="26"/>
        <source>Card check passed</source>
        <translation>הכרטיס אומת</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="27"/>
        <source>Card check failed</source>
        <translation>אימות הכרטיס נכשל</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="28"/>
        <source>Charged</source>
        <translation>חויב</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="29"/>
        <source>Charge failed</source>
        <translation>החיוב נכשל</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="30"/>
        <source>Charge declined</source>
        <translation>החיוב נדחה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="31"/>
        <source>Renewal needs attention</source>
        <translation>החידוש דורש טיפול</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="32"/>
        <source>E-mail sent</source>
        <translation>נשלח דוא״ל</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="33"/>
        <source>Proforma issued</source>
        <translation>הופק חשבון עסקה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="34"/>
        <source>Data imported</source>
        <translation>נתונים יובאו</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="35"/>
        <source>Upcoming charges exported</source>
        <translation>החיובים הצפויים יוצאו</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="36"/>
        <source>Audit log exported</source>
        <translation>יומן הביקורת יוצא</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="37"/>
        <source>Setting changed</source>
        <translation>הגדרה שונתה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="38"/>
        <source>Secret changed</source>
        <translation>ערך סודי שונה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="39"/>
        <source>Test e-mail sent</source>
        <translation>נשלחה הודעת בדיקה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="40"/>
        <source>Staff member added</source>
        <translation>נוסף איש צוות</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="41"/>
        <source>Staff role changed</source>
        <translation>תפקיד איש צוות שונה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="42"/>
        <source>Staff password reset</source>
        <translation>סיסמת איש צוות אופסה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="43"/>
        <source>Staff member disabled</source>
        <translation>איש צוות הושבת</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="44"/>
        <source>Staff member enabled</source>
        <translation>איש צוות הופעל מחדש</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="45"/>
        <source>Signed in</source>
        <translation>כניסה למערכת</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="46"/>
        <source>Sign-in failed</source>
        <translation>כניסה נכשלה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="47"/>
        <source>Staff member locked out</source>
        <translation>איש צוות ננעל</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="55"/>
        <source>Auto-renew: every change</source>
        <translation>חידוש אוטומטי: כל השינויים</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="56"/>
        <source>Card checks: all</source>
        <translation>אימותי כרטיס: הכל</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="57"/>
        <source>Charges: all</source>
        <translation>חיובים: הכל</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="58"/>
        <source>Exports: all</source>
        <translation>ייצואים: הכל</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="59"/>
        <source>Staff: everything</source>
        <translation>צוות: הכל</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="60"/>
        <source>Settings: all</source>
        <translation>הגדרות: הכל</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="65"/>
        <source>{prefix}* (all)</source>
        <translation>{prefix}* (הכל)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="70"/>
        <source>Service</source>
        <translation>שירות</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="71"/>
        <source>Renewal cycle</source>
        <translation>מחזור חידוש</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="72"/>
        <source>Card</source>
        <translation>כרטיס אשראי</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="73"/>
        <source>Contact</source>
        <translation>איש קשר</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="74"/>
        <source>Proforma</source>
        <translation>חשבון עסקה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="75"/>
        <source>Invoice</source>
        <translation>חשבונית</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="76"/>
        <location filename="../desktop/ui/admin/audit_texts.py" line="77"/>
        <source>E-mail</source>
        <translation>דוא״ל</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="78"/>
        <source>Staff member</source>
        <translation>איש צוות</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="79"/>
        <source>Setting</source>
        <translation>הגדרה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="80"/>
        <source>Secret</source>
        <translation>ערך סודי</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="81"/>
        <source>Export</source>
        <translation>ייצוא</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="82"/>
        <source>Import</source>
        <translation>ייבוא</translation>
    </message>
</context>
<context>
    <name>BackgroundStatus</name>
    <message>
        <location filename="../desktop/ui/background_status.py" line="34"/>
        <source>Background checks: not started</source>
        <translation>בדיקות רקע: לא הופעלו</translation>
    </message>
    <message>
        <location filename="../desktop/ui/background_status.py" line="39"/>
        <source>Background checks: running…</source>
        <translation>בדיקות רקע: פועלות…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/background_status.py" line="46"/>
        <source>Last checks {when}: {what}</source>
        <translation>בדיקות אחרונות {when}: {what}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/background_status.py" line="60"/>
        <source>Checks failed {when}: {error} · next {next}</source>
        <translation>הבדיקות נכשלו {when}: {error} · הבאות ב־{next}</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/background_status.py" line="66"/>
        <source>%n e-mail(s) not sent</source>
        <translation>
            <numerusform>%n הודעת דוא״ל לא נשלחה</numerusform>
            <numerusform>%n הודעות דוא״ל לא נשלחו</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/background_status.py" line="67"/>
        <source>Checks {when}: {what}; problems: {problems} · next {next}</source>
        <translation>בדיקות {when}: {what}; בעיות: {problems} · הבאות ב־{next}</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/background_status.py" line="75"/>
        <source>Checks {when}: {what}, %n e-mail(s) sent · next {next}</source>
        <translation>
            <numerusform>בדיקות {when}: {what}, נשלחה %n הודעת דוא״ל · הבאות ב־{next}</numerusform>
            <numerusform>בדיקות {when}: {what}, נשלחו %n הודעות דוא״ל · הבאות ב־{next}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangeRoleDialog</name>
    <message>
        <location filename="../desktop/ui/admin/staff_dialog.py" line="155"/>
        <source>Change the role of {name}</source>
        <translation>שינוי התפקיד של {name}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_dialog.py" line="157"/>
        <source>Staff member</source>
        <translation>איש צוות</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_dialog.py" line="158"/>
        <source>Role</source>
        <translation>תפקיד</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_dialog.py" line="159"/>
        <source>Change role</source>
        <translation>שינוי תפקיד</translation>
    </message>
</context>
<context>
    <name>CurrencyTotalsTable</name>
    <message>
        <location filename="../desktop/ui/finance/currency_totals.py" line="43"/>
        <source>Currency</source>
        <translation>מטבע</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/currency_totals.py" line="43"/>
        <source>Total</source>
        <translation>סה״כ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/currency_totals.py" line="43"/>
        <source>At risk</source>
        <translation>בסיכון</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/currency_totals.py" line="43"/>
        <source>Safe</source>
        <translation>ללא סיכון</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/currency_totals.py" line="43"/>
        <source>Charges</source>
        <translation>חיובים</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/finance/currency_totals.py" line="64"/>
        <source>%n charge(s)</source>
        <translation>
            <numerusform>%n חיוב</numerusform>
            <numerusform>%n חיובים</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DayChart</name>
    <message>
        <location filename="../desktop/ui/finance/day_chart.py" line="170"/>
        <source>Total: {amount}</source>
        <translation>סה״כ: {amount}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/day_chart.py" line="171"/>
        <source>At risk: {amount}</source>
        <translation>בסיכון: {amount}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/day_chart.py" line="172"/>
        <source>Safe: {amount}</source>
        <translation>ללא סיכון: {amount}</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/finance/day_chart.py" line="173"/>
        <source>%n charge(s)</source>
        <translation>
            <numerusform>%n חיוב</numerusform>
            <numerusform>%n חיובים</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/day_chart.py" line="218"/>
        <source>No charges in this range</source>
        <translation>אין חיובים בטווח זה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/day_chart.py" line="245"/>
        <source>Today</source>
        <translation>היום</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/day_chart.py" line="285"/>
        <source>Safe</source>
        <translation>ללא סיכון</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/day_chart.py" line="285"/>
        <source>At risk</source>
        <translation>בסיכון</translation>
    </message>
</context>
<context>
    <name>ExportJob</name>
    <message>
        <location filename="../desktop/ui/finance/export_job.py" line="36"/>
        <source>Export</source>
        <translation>ייצוא</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/finance/export_job.py" line="38"/>
        <source>Writing %n row(s) to {file}…</source>
        <translation>
            <numerusform>כותב %n שורה לקובץ {file}…</numerusform>
            <numerusform>כותב %n שורות לקובץ {file}…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/export_job.py" line="40"/>
        <source>Cancel</source>
        <translation>ביטול</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/export_job.py" line="65"/>
        <source>Cancelling…</source>
        <translation>מבטל…</translation>
    </message>
</context>
<context>
    <name>FinanceWindow</name>
    <message>
        <location filename="../desktop/ui/finance/finance_window.py" line="43"/>
        <source>RenewDesk finance — {name}</source>
        <translation>כספים ב־RenewDesk — {name}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/finance_window.py" line="48"/>
        <source>Upcoming charges</source>
        <translation>חיובים צפויים</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/finance_window.py" line="49"/>
        <source>Past results</source>
        <translation>תוצאות קודמות</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/finance_window.py" line="59"/>
        <source>Re&amp;fresh</source>
        <translation>&amp;רענון</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/finance_window.py" line="62"/>
        <source>Export &amp;CSV…</source>
        <translation>ייצוא &amp;קובץ CSV…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/finance_window.py" line="64"/>
        <source>Export &amp;XLSX…</source>
        <translation>ייצוא &amp;גיליון XLSX…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/finance_window.py" line="66"/>
        <source>&amp;Close</source>
        <translation>&amp;סגירה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/finance_window.py" line="69"/>
        <source>&amp;File</source>
        <translation>&amp;קובץ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/finance_window.py" line="76"/>
        <source>Finance</source>
        <translation>כספים</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/finance_window.py" line="132"/>
        <location filename="../desktop/ui/finance/finance_window.py" line="165"/>
        <location filename="../desktop/ui/finance/finance_window.py" line="205"/>
        <source>RenewDesk</source>
        <translation>RenewDesk</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/finance_window.py" line="139"/>
        <source>Opening {service}…</source>
        <translation>פותח את {service}…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/finance_window.py" line="150"/>
        <source>This service is no longer on the account.</source>
        <translation>שירות זה כבר אינו בחשבון.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/finance_window.py" line="179"/>
        <source>CSV files (*.csv)</source>
        <translation>קובצי CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/finance_window.py" line="179"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>חוברות עבודה של Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/finance_window.py" line="180"/>
        <source>Export upcoming charges</source>
        <translation>ייצוא החיובים הצפויים</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/finance_window.py" line="191"/>
        <source>Exporting…</source>
        <translation>מייצא…</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/finance/finance_window.py" line="197"/>
        <source>%n row(s) written to {file}</source>
        <translation>
            <numerusform>נכתבה %n שורה לקובץ {file}</numerusform>
            <numerusform>נכתבו %n שורות לקובץ {file}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../desktop/ui/dialogs/sign_in.py" line="94"/>
        <source>Welcome to RenewDesk</source>
        <translation>ברוכים הבאים ל־RenewDesk</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/sign_in.py" line="100"/>
        <source>Load demo data</source>
        <translation>טעינת נתוני הדגמה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/sign_in.py" line="101"/>
        <source>Import a file…</source>
        <translation>ייבוא קובץ…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/sign_in.py" line="110"/>
        <source>Create</source>
        <translation>יצירה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/sign_in.py" line="112"/>
        <source>Admin name</source>
        <translation>שם המנהל</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/sign_in.py" line="113"/>
        <source>Password</source>
        <translation>סיסמה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/sign_in.py" line="114"/>
        <source>Password again</source>
        <translation>אימות סיסמה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/sign_in.py" line="116"/>
        <source>The database is empty. Create the first administrator.</source>
        <translation>מסד הנתונים ריק. יש ליצור את המנהל הראשון.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/sign_in.py" line="129"/>
        <source>The two passwords differ.</source>
        <translation>שתי הסיסמאות אינן זהות.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/sign_in.py" line="153"/>
        <location filename="../desktop/ui/dialogs/sign_in.py" line="162"/>
        <source>Import a file</source>
        <translation>ייבוא קובץ</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../desktop/ui/main_window.py" line="41"/>
        <source>RenewDesk — {name}</source>
        <translation>RenewDesk — {name}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="61"/>
        <source>&amp;Renew</source>
        <translation>&amp;חידוש</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="62"/>
        <source>Renew &amp;All</source>
        <translation>חדש ה&amp;כל</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="63"/>
        <source>Re&amp;curring</source>
        <translation>תשלום &amp;מחזורי</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="64"/>
        <source>Recurring A&amp;ll</source>
        <translation>תשלום מחזורי &amp;לכל</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="65"/>
        <source>&amp;Switch auto-renew off</source>
        <translation>&amp;ביטול חידוש אוטומטי</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="67"/>
        <source>Re&amp;fresh</source>
        <translation>&amp;רענון</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="69"/>
        <source>&amp;Actions</source>
        <translation>&amp;פעולות</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="70"/>
        <source>Actions</source>
        <translation>פעולות</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="100"/>
        <source>Loading the account…</source>
        <translation>טוען את החשבון…</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/main_window.py" line="115"/>
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n שירות</numerusform>
            <numerusform>%n שירותים</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="170"/>
        <source>Automatic renewal is on.</source>
        <translation>החידוש האוטומטי הופעל.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="194"/>
        <source>Switch auto-renew off</source>
        <translation>ביטול חידוש אוטומטי</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/main_window.py" line="196"/>
        <source>Switch automatic renewal off for %n service(s)? The customer is told by e-mail.</source>
        <translation>
            <numerusform>לבטל את החידוש האוטומטי של %n שירות? הלקוח יקבל על כך הודעה בדוא״ל.</numerusform>
            <numerusform>לבטל את החידוש האוטומטי של %n שירותים? הלקוח יקבל על כך הודעה בדוא״ל.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="219"/>
        <source>RenewDesk</source>
        <translation>RenewDesk</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="229"/>
        <source>F&amp;inance</source>
        <translation>&amp;כספים</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="230"/>
        <source>&amp;Upcoming charges…</source>
        <translation>&amp;חיובים צפויים…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="233"/>
        <source>&amp;Tools</source>
        <translation>כ&amp;לים</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="234"/>
        <source>&amp;Background checks…</source>
        <translation>&amp;בדיקות רקע…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="236"/>
        <source>&amp;Audit log…</source>
        <translation>&amp;יומן ביקורת…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="240"/>
        <source>&amp;Settings…</source>
        <translation>&amp;הגדרות…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="243"/>
        <source>S&amp;taff…</source>
        <translation>&amp;צוות…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="267"/>
        <source>Settings saved.</source>
        <translation>ההגדרות נשמרו.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="311"/>
        <source>Finishing the background checks…</source>
        <translation>מסיים את בדיקות הרקע…</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../desktop/ui/messages.py" line="14"/>
        <source>Switched off by staff</source>
        <translation>בוטל על ידי הצוות</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="15"/>
        <source>Stopped: no card</source>
        <translation>הופסק: אין כרטיס אשראי</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="16"/>
        <source>Stopped: card expires before the charge</source>
        <translation>הופסק: תוקף הכרטיס יפוג לפני החיוב</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="19"/>
        <source>Stopped: card check declined</source>
        <translation>הופסק: אימות הכרטיס נדחה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="20"/>
        <source>Stopped: charge declined</source>
        <translation>הופסק: החיוב נדחה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="21"/>
        <source>Stopped: charge failed</source>
        <translation>הופסק: החיוב נכשל</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="22"/>
        <source>Stopped: no price</source>
        <translation>הופסק: אין מחיר</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="25"/>
        <source>Off</source>
        <translation>כבוי</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="31"/>
        <source>The card expires before the charge date: the charge will fail, the service may be suspended and reactivation may cost extra</source>
        <translation>תוקף הכרטיס יפוג לפני מועד החיוב: החיוב ייכשל, השירות עלול להיות מושעה והפעלתו מחדש עלולה להיות כרוכה בעלות נוספת</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="35"/>
        <source>The card was refused by the gateway</source>
        <translation>הכרטיס נדחה על ידי שער התשלומים</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="36"/>
        <source>No card is set for automatic renewal</source>
        <translation>לא הוגדר כרטיס אשראי לחידוש אוטומטי</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="37"/>
        <source>The card holder matches neither the billing contact&apos;s name nor its company</source>
        <translation>שם בעל הכרטיס אינו תואם לא לשם איש הקשר לחיוב ולא לשם החברה שלו</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="40"/>
        <source>The charge date has passed</source>
        <translation>מועד החיוב חלף</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="41"/>
        <source>The price list has no price for this renewal</source>
        <translation>אין במחירון מחיר לחידוש זה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="48"/>
        <source>Card expires first</source>
        <translation>תוקף הכרטיס יפוג קודם</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="49"/>
        <source>Card refused</source>
        <translation>הכרטיס נדחה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="50"/>
        <source>No card</source>
        <translation>אין כרטיס אשראי</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="51"/>
        <source>Holder is not the contact</source>
        <translation>בעל הכרטיס אינו איש הקשר</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="52"/>
        <source>Charge date passed</source>
        <translation>מועד החיוב חלף</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="53"/>
        <source>No price</source>
        <translation>אין מחיר</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="60"/>
        <source>Order</source>
        <translation>הזמנה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="61"/>
        <source>Renewal cycle</source>
        <translation>מחזור חידוש</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="62"/>
        <source>Charge</source>
        <translation>חיוב</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="63"/>
        <source>E-mail</source>
        <translation>דוא״ל</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="64"/>
        <source>Change</source>
        <translation>שינוי</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="71"/>
        <source>purchase</source>
        <translation>רכישה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="72"/>
        <source>manual renewal</source>
        <translation>חידוש ידני</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="73"/>
        <source>automatic renewal</source>
        <translation>חידוש אוטומטי</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="74"/>
        <source>waiting for its check</source>
        <translation>ממתין לאימות הכרטיס</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="75"/>
        <source>card checked, notice sent</source>
        <translation>הכרטיס אומת, נשלחה הודעה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="76"/>
        <source>charging</source>
        <translation>החיוב מתבצע</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="77"/>
        <location filename="../desktop/ui/messages.py" line="202"/>
        <source>charged</source>
        <translation>חויב</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="78"/>
        <location filename="../desktop/ui/messages.py" line="203"/>
        <source>charge failed</source>
        <translation>החיוב נכשל</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="79"/>
        <source>stopped at the card check</source>
        <translation>הופסק באימות הכרטיס</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="80"/>
        <location filename="../desktop/ui/messages.py" line="205"/>
        <source>needs attention</source>
        <translation>דורש טיפול</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="81"/>
        <source>no longer due</source>
        <translation>אינו נדרש עוד</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="82"/>
        <source>waiting</source>
        <translation>ממתין</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="83"/>
        <source>outcome unknown</source>
        <translation>התוצאה אינה ידועה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="84"/>
        <source>succeeded</source>
        <translation>בוצע בהצלחה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="85"/>
        <source>declined</source>
        <translation>נדחה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="86"/>
        <source>not sent to the gateway</source>
        <translation>לא נשלח לשער התשלומים</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="87"/>
        <source>pre-charge notice</source>
        <translation>הודעה לפני חיוב</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="88"/>
        <location filename="../desktop/ui/messages.py" line="200"/>
        <source>card check failed</source>
        <translation>אימות הכרטיס נכשל</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="89"/>
        <source>charge receipt</source>
        <translation>קבלה על חיוב</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="90"/>
        <source>charge failed, auto-renew stopped</source>
        <translation>החיוב נכשל, החידוש האוטומטי הופסק</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="91"/>
        <location filename="../desktop/ui/messages.py" line="93"/>
        <source>auto-renew switched off</source>
        <translation>החידוש האוטומטי בוטל</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="92"/>
        <source>auto-renew switched on</source>
        <translation>החידוש האוטומטי הופעל</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="94"/>
        <source>auto-renew settings changed</source>
        <translation>הגדרות החידוש האוטומטי שונו</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="95"/>
        <location filename="../desktop/ui/messages.py" line="204"/>
        <source>auto-renew stopped</source>
        <translation>החידוש האוטומטי הופסק</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="102"/>
        <source>Recurring payment needs a saved, valid card on the account</source>
        <translation>תשלום מחזורי מחייב כרטיס אשראי שמור ותקף בחשבון</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="105"/>
        <source>Recurring payment needs at least one order on the account</source>
        <translation>תשלום מחזורי מחייב לפחות הזמנה אחת בחשבון</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="108"/>
        <source>The account has no service to renew</source>
        <translation>אין בחשבון שירות לחידוש</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="109"/>
        <source>Your role may not do this</source>
        <translation>לתפקיד שלך אין הרשאה לפעולה זו</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="116"/>
        <source>Something went wrong: {detail}</source>
        <translation>משהו השתבש: {detail}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="120"/>
        <source>Your role may not do this.</source>
        <translation>לתפקיד שלך אין הרשאה לפעולה זו.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="121"/>
        <source>The name or the password is wrong.</source>
        <translation>השם או הסיסמה שגויים.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="122"/>
        <source>Too many failed attempts: this account is locked for 15 minutes.</source>
        <translation>יותר מדי ניסיונות כושלים: החשבון נעול ל־15 דקות.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="125"/>
        <source>Choose the card to charge.</source>
        <translation>יש לבחור את הכרטיס לחיוב.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="126"/>
        <source>Confirm that the card holder may pay for this billing contact.</source>
        <translation>יש לאשר שבעל הכרטיס רשאי לשלם עבור איש הקשר לחיוב הזה.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="129"/>
        <source>The card was refused ({reason}). Nothing was changed.</source>
        <translation>הכרטיס נדחה ({reason}). לא בוצע שום שינוי.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="132"/>
        <source>Recurring payment is not available for this account.</source>
        <translation>תשלום מחזורי אינו זמין לחשבון זה.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="135"/>
        <source>The payment gateway did not answer. Nothing was changed; try again.</source>
        <translation>שער התשלומים לא הגיב. לא בוצע שום שינוי; יש לנסות שוב.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="138"/>
        <source>Tick at least one service.</source>
        <translation>יש לסמן לפחות שירות אחד.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="139"/>
        <source>The price list has no price for: {services}</source>
        <translation>אין במחירון מחיר עבור: {services}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="140"/>
        <source>The period must be 3, 12, 24 or 36 months.</source>
        <translation>התקופה חייבת להיות 3, 12, 24 או 36 חודשים.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="143"/>
        <source>At most {most} installments are allowed for this period.</source>
        <translation>לתקופה זו מותרים {most} תשלומים לכל היותר.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="146"/>
        <source>A domain renews for its last period in one payment.</source>
        <translation>דומיין מתחדש לתקופה האחרונה שלו בתשלום אחד.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="149"/>
        <source>The password must have at least {minimum} characters.</source>
        <translation>הסיסמה חייבת להכיל לפחות {minimum} תווים.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="152"/>
        <source>This name is taken.</source>
        <translation>השם הזה כבר תפוס.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="153"/>
        <source>This name cannot be used.</source>
        <translation>לא ניתן להשתמש בשם הזה.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="154"/>
        <source>The file was refused ({count} problems). Nothing was changed.</source>
        <translation>הקובץ נדחה ({count} בעיות). לא בוצע שום שינוי.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="157"/>
        <source>This database has customers but no staff. Make its first admin on the command line: python main.py staff add NAME --role admin</source>
        <translation>במסד הנתונים הזה יש לקוחות אך אין צוות. יש ליצור את המנהל הראשון בשורת הפקודה: python main.py staff add NAME --role admin</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="162"/>
        <source>This is not the link-signing key of this database. Nothing was kept.</source>
        <translation>זה אינו מפתח החתימה של הקישורים של מסד הנתונים הזה. דבר לא נשמר.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="165"/>
        <source>A link-signing key needs at least {minimum} characters.</source>
        <translation>מפתח החתימה של הקישורים צריך לכלול לפחות {minimum} תווים.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="168"/>
        <source>This database has its link-signing key already.</source>
        <translation>למסד הנתונים הזה כבר יש מפתח חתימה של הקישורים.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="176"/>
        <source>Refused: {code}</source>
        <translation>נדחה: {code}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="191"/>
        <source>the card has expired</source>
        <translation>תוקף הכרטיס פג</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="192"/>
        <source>the card issuer declined it</source>
        <translation>מנפיק הכרטיס דחה את החיוב</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="199"/>
        <source>card check passed</source>
        <translation>הכרטיס אומת</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="201"/>
        <source>pre-charge notice sent</source>
        <translation>נשלחה הודעה לפני חיוב</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="212"/>
        <source>running</source>
        <translation>פועל</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="213"/>
        <source>completed</source>
        <translation>הושלם</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="214"/>
        <source>stopped early</source>
        <translation>הופסק לפני הסיום</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="216"/>
        <source>abandoned (stopped without finishing)</source>
        <translation>ננטש (נעצר לפני הסיום)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="215"/>
        <source>failed</source>
        <translation>נכשל</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="224"/>
        <source>nothing was due</source>
        <translation>לא היה מה לבצע</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="226"/>
        <source>{count} × {what}</source>
        <translation>{count} × {what}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="11"/>
        <source>The first day ({first}) comes after the last day ({last}). Swap them or change one.</source>
        <translation>היום הראשון ({first}) מאוחר מהיום האחרון ({last}). יש להחליף ביניהם או לשנות אחד מהם.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="14"/>
        <source>A page of the audit log holds from 1 to {most} entries.</source>
        <translation>דף ביומן הביקורת מכיל בין 1 ל־{most} רשומות.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="11"/>
        <source>Some settings are wrong ({keys}). Nothing was saved.</source>
        <translation>חלק מההגדרות שגויות ({keys}). לא נשמר דבר.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="14"/>
        <source>The value of {key} is wrong: {problem}</source>
        <translation>הערך של {key} שגוי: {problem}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="15"/>
        <source>There is no setting {key}.</source>
        <translation>אין הגדרה בשם {key}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="16"/>
        <source>There is no secret {key}.</source>
        <translation>אין ערך סודי בשם {key}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="17"/>
        <source>The secret {key} cannot be empty.</source>
        <translation>הערך הסודי {key} אינו יכול להיות ריק.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="18"/>
        <source>This workstation has no usable keyring, so passwords and keys can be neither kept nor read. {detail}</source>
        <translation>בעמדה זו אין מחזיק מפתחות שמיש, ולכן לא ניתן לשמור או לקרוא סיסמאות ומפתחות. {detail}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="22"/>
        <source>This is not an e-mail address: {address}</source>
        <translation>זו אינה כתובת דוא״ל: {address}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="23"/>
        <source>The test e-mail could not be sent: {detail}</source>
        <translation>לא ניתן היה לשלוח את הודעת הבדיקה: {detail}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_texts.py" line="13"/>
        <source>This staff member no longer exists.</source>
        <translation>איש הצוות הזה כבר אינו קיים.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_texts.py" line="14"/>
        <source>{name} is the last active administrator. Make another member an administrator first.</source>
        <translation>המנהל הפעיל האחרון הוא {name}. יש להגדיר קודם איש צוות אחר כמנהל.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_texts.py" line="18"/>
        <source>You cannot disable yourself.</source>
        <translation>לא ניתן להשבית את החשבון שלך.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_texts.py" line="19"/>
        <source>Your account has been disabled by an administrator. Close RenewDesk.</source>
        <translation>החשבון שלך הושבת על ידי מנהל. יש לסגור את RenewDesk.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_texts.py" line="22"/>
        <source>Choose one of the roles: {known}.</source>
        <translation>יש לבחור אחד מהתפקידים: {known}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_texts.py" line="23"/>
        <source>Names that start with “os:” or “system:” are reserved.</source>
        <translation>שמות שמתחילים ב־&quot;os:&quot; או ב־&quot;system:&quot; שמורים למערכת.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/texts.py" line="10"/>
        <source>The export was cancelled; no file was written.</source>
        <translation>הייצוא בוטל; לא נכתב קובץ.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/texts.py" line="13"/>
        <source>The file {path} could not be written: {detail}. No file was left behind.</source>
        <translation>לא ניתן היה לכתוב את הקובץ {path}: {detail}. לא נותר קובץ חלקי.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/texts.py" line="16"/>
        <source>The folder {folder} does not exist. Choose another place for the file.</source>
        <translation>התיקייה {folder} אינה קיימת. יש לבחור מיקום אחר לקובץ.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/texts.py" line="19"/>
        <source>Files of the kind {format} cannot be written; choose one of: {known}.</source>
        <translation>לא ניתן לכתוב קבצים מסוג {format}; יש לבחור אחד מאלה: {known}.</translation>
    </message>
</context>
<context>
    <name>OperationsDialog</name>
    <message>
        <location filename="../desktop/ui/admin/operations_dialog.py" line="49"/>
        <source>Background checks</source>
        <translation>בדיקות רקע</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/operations_dialog.py" line="55"/>
        <source>Started</source>
        <translation>התחלה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/operations_dialog.py" line="56"/>
        <source>Workstation</source>
        <translation>עמדה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/operations_dialog.py" line="57"/>
        <source>For the day</source>
        <translation>עבור יום</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/operations_dialog.py" line="58"/>
        <source>Outcome</source>
        <translation>תוצאה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/operations_dialog.py" line="59"/>
        <source>What it did</source>
        <translation>מה בוצע</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/operations_dialog.py" line="60"/>
        <source>Problems</source>
        <translation>בעיות</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/operations_dialog.py" line="66"/>
        <source>Event</source>
        <translation>אירוע</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/operations_dialog.py" line="67"/>
        <source>Customer</source>
        <translation>לקוח</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/operations_dialog.py" line="68"/>
        <source>Service</source>
        <translation>שירות</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/operations_dialog.py" line="69"/>
        <source>Due</source>
        <translation>מועד</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/operations_dialog.py" line="70"/>
        <source>Amount</source>
        <translation>סכום</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/operations_dialog.py" line="71"/>
        <source>Reason</source>
        <translation>סיבה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/operations_dialog.py" line="86"/>
        <source>Run now</source>
        <translation>הפעלה עכשיו</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/operations_dialog.py" line="91"/>
        <source>Refresh</source>
        <translation>רענון</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/admin/operations_dialog.py" line="123"/>
        <source>%n run(s), newest first.</source>
        <translation>
            <numerusform>%n הרצה, מהחדשה לישנה.</numerusform>
            <numerusform>%n הרצות, מהחדשה לישנה.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/operations_dialog.py" line="161"/>
        <source>The checks start now; this list refreshes when they end.</source>
        <translation>הבדיקות מתחילות כעת; הרשימה תתרענן בסיומן.</translation>
    </message>
</context>
<context>
    <name>PastResultsModel</name>
    <message>
        <location filename="../desktop/ui/finance/past_results_model.py" line="29"/>
        <source>Charge date</source>
        <translation>מועד חיוב</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/past_results_model.py" line="30"/>
        <source>Customer</source>
        <translation>לקוח</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/past_results_model.py" line="31"/>
        <source>Service</source>
        <translation>שירות</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/past_results_model.py" line="32"/>
        <source>Outcome</source>
        <translation>תוצאה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/past_results_model.py" line="33"/>
        <source>Reason</source>
        <translation>סיבה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/past_results_model.py" line="34"/>
        <source>Amount</source>
        <translation>סכום</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/past_results_model.py" line="43"/>
        <source>Charge date missed by more than the grace days</source>
        <translation>מועד החיוב חלף לפני יותר ימים מהמותר לחיוב באיחור</translation>
    </message>
</context>
<context>
    <name>PastResultsPanel</name>
    <message>
        <location filename="../desktop/ui/finance/past_results_panel.py" line="69"/>
        <source>Show</source>
        <translation>הצגה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/past_results_panel.py" line="88"/>
        <source>Outcome</source>
        <translation>תוצאה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/past_results_panel.py" line="88"/>
        <source>Currency</source>
        <translation>מטבע</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/past_results_panel.py" line="88"/>
        <source>Charges</source>
        <translation>חיובים</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/past_results_panel.py" line="88"/>
        <source>Amount</source>
        <translation>סכום</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/past_results_panel.py" line="102"/>
        <source>Charge dates from:</source>
        <translation>מועדי חיוב מתאריך:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/past_results_panel.py" line="104"/>
        <source>to:</source>
        <translation>עד תאריך:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/past_results_panel.py" line="112"/>
        <source>Totals per outcome and currency</source>
        <translation>סיכומים לפי תוצאה ומטבע</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/past_results_panel.py" line="128"/>
        <source>The first day comes after the last day.</source>
        <translation>היום הראשון מאוחר מהיום האחרון.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/past_results_panel.py" line="139"/>
        <source>Loading the past results…</source>
        <translation>טוען את התוצאות הקודמות…</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/finance/past_results_panel.py" line="154"/>
        <source>%n charge(s) in the range</source>
        <translation>
            <numerusform>%n חיוב בטווח</numerusform>
            <numerusform>%n חיובים בטווח</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProformaDialog</name>
    <message>
        <location filename="../desktop/ui/dialogs/proforma_dialog.py" line="46"/>
        <source>Proforma for early renewal</source>
        <translation>חשבון עסקה (פרופורמה) לחידוש מוקדם</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/proforma_dialog.py" line="49"/>
        <location filename="../desktop/ui/dialogs/proforma_dialog.py" line="145"/>
        <source>Service</source>
        <translation>שירות</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/proforma_dialog.py" line="49"/>
        <location filename="../desktop/ui/dialogs/proforma_dialog.py" line="145"/>
        <source>Period</source>
        <translation>תקופה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/proforma_dialog.py" line="49"/>
        <location filename="../desktop/ui/dialogs/proforma_dialog.py" line="145"/>
        <source>Price</source>
        <translation>מחיר</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs/proforma_dialog.py" line="55"/>
        <location filename="../desktop/ui/dialogs/proforma_dialog.py" line="158"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n חודש</numerusform>
            <numerusform>%n חודשים</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/proforma_dialog.py" line="59"/>
        <source>no price</source>
        <translation>אין מחיר</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/proforma_dialog.py" line="65"/>
        <location filename="../desktop/ui/dialogs/proforma_dialog.py" line="144"/>
        <source>Total: {total}</source>
        <translation>סה״כ: {total}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/proforma_dialog.py" line="68"/>
        <source>Each service&apos;s billing contact</source>
        <translation>איש הקשר לחיוב של כל שירות</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/proforma_dialog.py" line="75"/>
        <source>Issue</source>
        <translation>הפקה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/proforma_dialog.py" line="78"/>
        <source>Save as PDF…</source>
        <translation>שמירה כ־PDF…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/proforma_dialog.py" line="82"/>
        <source>Print…</source>
        <translation>הדפסה…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/proforma_dialog.py" line="86"/>
        <source>Addressed to</source>
        <translation>לכבוד</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/proforma_dialog.py" line="90"/>
        <source>Early renewal of {name}: this proforma charges nothing.</source>
        <translation>חידוש מוקדם עבור {name}: חשבון עסקה (פרופורמה) זה אינו כרוך בחיוב.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/proforma_dialog.py" line="122"/>
        <source>Issued proforma number(s): {numbers}</source>
        <translation>מספרי חשבונות העסקה (פרופורמה) שהופקו: {numbers}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/proforma_dialog.py" line="132"/>
        <source>Save as PDF</source>
        <translation>שמירה כ־PDF</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/proforma_dialog.py" line="140"/>
        <source>Proforma {number}</source>
        <translation>חשבון עסקה (פרופורמה) {number}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/proforma_dialog.py" line="141"/>
        <source>To: {name}</source>
        <translation>לכבוד: {name}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/proforma_dialog.py" line="142"/>
        <source>This proforma is not a tax invoice and charges nothing.</source>
        <translation>חשבון עסקה זה אינו חשבונית מס ואינו מחייב דבר.</translation>
    </message>
</context>
<context>
    <name>RecurringDialog</name>
    <message>
        <location filename="../desktop/ui/dialogs/recurring_dialog.py" line="46"/>
        <source>Recurring All</source>
        <translation>תשלום מחזורי לכל</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/recurring_dialog.py" line="46"/>
        <source>Recurring</source>
        <translation>תשלום מחזורי</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/recurring_dialog.py" line="61"/>
        <source>Account holder ({name})</source>
        <translation>בעל החשבון ({name})</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/recurring_dialog.py" line="71"/>
        <source>Choose the card to charge…</source>
        <translation>בחירת הכרטיס לחיוב…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/recurring_dialog.py" line="83"/>
        <source>I have checked: this card may pay for this billing contact</source>
        <translation>בדקתי: כרטיס זה רשאי לשלם עבור איש הקשר לחיוב הזה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/recurring_dialog.py" line="93"/>
        <source>Verifying the card…</source>
        <translation>מאמת את הכרטיס…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/recurring_dialog.py" line="98"/>
        <source>Confirm</source>
        <translation>אישור</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/recurring_dialog.py" line="101"/>
        <source>Billing contact</source>
        <translation>איש קשר לחיוב</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/recurring_dialog.py" line="102"/>
        <source>Card</source>
        <translation>כרטיס אשראי</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/recurring_dialog.py" line="104"/>
        <source>Automatic renewal will be switched on for:</source>
        <translation>החידוש האוטומטי יופעל עבור:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/recurring_dialog.py" line="153"/>
        <source>Warning: the card holder ({holder}) matches neither the billing contact&apos;s name nor its company. Invoices will be issued to the contact while the card pays.</source>
        <translation>אזהרה: שם בעל הכרטיס ({holder}) אינו תואם לא לשם איש הקשר לחיוב ולא לשם החברה שלו. החשבוניות יופקו לאיש הקשר, והתשלום ייגבה מהכרטיס.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/recurring_dialog.py" line="170"/>
        <source>The card expires before the next charge of: {services}. The charge will fail, the service may be suspended and reactivation may cost extra.</source>
        <translation>תוקף הכרטיס יפוג לפני החיוב הבא של: {services}. החיוב ייכשל, השירות עלול להיות מושעה והפעלתו מחדש עלולה להיות כרוכה בעלות נוספת.</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../desktop/ui/admin/staff_dialog.py" line="172"/>
        <source>Reset the password of {name}</source>
        <translation>איפוס הסיסמה של {name}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_dialog.py" line="175"/>
        <source>The new password works at once, and a lockout is lifted.</source>
        <translation>הסיסמה החדשה תקפה מיד, ואם החשבון נעול – הנעילה מוסרת.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_dialog.py" line="177"/>
        <source>Staff member</source>
        <translation>איש צוות</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_dialog.py" line="179"/>
        <source>New password</source>
        <translation>סיסמה חדשה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_dialog.py" line="180"/>
        <source>Password again</source>
        <translation>אימות סיסמה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_dialog.py" line="181"/>
        <source>Reset password</source>
        <translation>איפוס סיסמה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_dialog.py" line="186"/>
        <source>The two passwords differ.</source>
        <translation>שתי הסיסמאות אינן זהות.</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../desktop/ui/customers/search_panel.py" line="24"/>
        <source>Find a customer: name, e-mail, domain or phone</source>
        <translation>חיפוש לקוח: שם, דוא״ל, דומיין או טלפון</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/customers/search_panel.py" line="58"/>
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n לקוח</numerusform>
            <numerusform>%n לקוחות</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServicePage</name>
    <message>
        <location filename="../desktop/ui/dialogs/service_page.py" line="45"/>
        <source>Renew automatically</source>
        <translation>חידוש אוטומטי</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/service_page.py" line="49"/>
        <source>No card</source>
        <translation>ללא כרטיס אשראי</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/service_page.py" line="56"/>
        <source>Account holder ({name})</source>
        <translation>בעל החשבון ({name})</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs/service_page.py" line="62"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n חודש</numerusform>
            <numerusform>%n חודשים</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/service_page.py" line="74"/>
        <source>I have checked: this card may pay for this billing contact</source>
        <translation>בדקתי: כרטיס זה רשאי לשלם עבור איש הקשר לחיוב הזה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/service_page.py" line="78"/>
        <source>Kind</source>
        <translation>סוג</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/service_page.py" line="80"/>
        <source>Domain</source>
        <translation>דומיין</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/service_page.py" line="82"/>
        <source>Hosting ({plan})</source>
        <translation>חבילת אחסון ({plan})</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/service_page.py" line="85"/>
        <source>Expires</source>
        <translation>תוקף עד</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/service_page.py" line="86"/>
        <source>Next charge</source>
        <translation>החיוב הבא</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/service_page.py" line="88"/>
        <source>Stopped</source>
        <translation>הופסק</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/service_page.py" line="93"/>
        <source>Risk</source>
        <translation>סיכון</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/service_page.py" line="95"/>
        <source>Card</source>
        <translation>כרטיס אשראי</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/service_page.py" line="96"/>
        <source>Billing contact</source>
        <translation>איש קשר לחיוב</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/service_page.py" line="98"/>
        <location filename="../desktop/ui/dialogs/service_page.py" line="102"/>
        <source>Period</source>
        <translation>תקופה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/service_page.py" line="99"/>
        <source>Installments</source>
        <translation>תשלומים</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs/service_page.py" line="102"/>
        <source>%n month(s), in one payment</source>
        <translation>
            <numerusform>%n חודש, בתשלום אחד</numerusform>
            <numerusform>%n חודשים, בתשלום אחד</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/service_page.py" line="110"/>
        <source>When</source>
        <translation>תאריך</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/service_page.py" line="110"/>
        <source>What</source>
        <translation>אירוע</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/service_page.py" line="110"/>
        <source>Details</source>
        <translation>פרטים</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/service_page.py" line="118"/>
        <source>History</source>
        <translation>היסטוריה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/service_page.py" line="189"/>
        <source>Warning: the card holder matches neither the billing contact&apos;s name nor its company.</source>
        <translation>אזהרה: בעל הכרטיס אינו תואם לא את שם איש הקשר לחיוב ולא את שם החברה שלו.</translation>
    </message>
</context>
<context>
    <name>ServicesModel</name>
    <message>
        <location filename="../desktop/ui/customers/services_model.py" line="45"/>
        <source>Tick</source>
        <translation>סימון</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/services_model.py" line="46"/>
        <source>Service</source>
        <translation>שירות</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/services_model.py" line="47"/>
        <source>Kind</source>
        <translation>סוג</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/services_model.py" line="48"/>
        <source>Expires</source>
        <translation>תוקף עד</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/services_model.py" line="49"/>
        <source>Auto-renew</source>
        <translation>חידוש אוטומטי</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/services_model.py" line="50"/>
        <source>Card</source>
        <translation>כרטיס אשראי</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/services_model.py" line="51"/>
        <source>Billing contact</source>
        <translation>איש קשר לחיוב</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/services_model.py" line="52"/>
        <source>Next charge</source>
        <translation>החיוב הבא</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/services_model.py" line="53"/>
        <source>Risk</source>
        <translation>סיכון</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/services_model.py" line="253"/>
        <source>Domain</source>
        <translation>דומיין</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/services_model.py" line="254"/>
        <source>Hosting ({plan})</source>
        <translation>חבילת אחסון ({plan})</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/services_model.py" line="255"/>
        <source>Active</source>
        <translation>פעיל</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/services_model.py" line="279"/>
        <source>All services</source>
        <translation>כל השירותים</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/services_model.py" line="280"/>
        <source>Domains</source>
        <translation>דומיינים</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/services_model.py" line="281"/>
        <source>Hosting packages</source>
        <translation>חבילות אחסון</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/services_model.py" line="282"/>
        <source>Recurring on</source>
        <translation>תשלום מחזורי פעיל</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/services_model.py" line="283"/>
        <source>At risk</source>
        <translation>בסיכון</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="32"/>
        <source>Card check and notice (days before)</source>
        <translation>אימות כרטיס והודעה (ימים לפני)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="33"/>
        <source>Charge (days before expiry)</source>
        <translation>חיוב (ימים לפני תום התוקף)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="34"/>
        <source>Late charges allowed (days)</source>
        <translation>חיוב באיחור מותר (ימים)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="35"/>
        <source>Company time zone</source>
        <translation>אזור הזמן של החברה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="36"/>
        <source>SMTP server</source>
        <translation>שרת SMTP</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="37"/>
        <source>SMTP port</source>
        <translation>פורט SMTP</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="38"/>
        <source>SMTP user name</source>
        <translation>שם משתמש SMTP</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="39"/>
        <source>Encrypt with STARTTLS</source>
        <translation>הצפנה עם STARTTLS</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="40"/>
        <source>Sender address</source>
        <translation>כתובת השולח</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="41"/>
        <source>Give up on an e-mail after (days)</source>
        <translation>ויתור על הודעת דוא״ל אחרי (ימים)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="42"/>
        <source>Renewal page address</source>
        <translation>כתובת דף החידוש</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="43"/>
        <source>Renewal settings page address</source>
        <translation>כתובת דף הגדרות החידוש</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="44"/>
        <source>Links valid for (days)</source>
        <translation>תוקף קישורים (ימים)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="45"/>
        <source>Company name</source>
        <translation>שם החברה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="46"/>
        <source>Background checks every (minutes)</source>
        <translation>תדירות בדיקות הרקע (דקות)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="49"/>
        <source>Gateway calls at once</source>
        <translation>פניות מקבילות לשער התשלומים</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="50"/>
        <source>Sandbox gateway delay (ms)</source>
        <translation>השהיית שער הניסוי (אלפיות שנייה)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="51"/>
        <source>SMTP password</source>
        <translation>סיסמת SMTP</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="52"/>
        <source>Link signing key</source>
        <translation>מפתח החתימה של הקישורים</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="53"/>
        <source>Payment gateway API key</source>
        <translation>מפתח API של שער התשלומים</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="54"/>
        <source>Database password (PostgreSQL)</source>
        <translation>סיסמת מסד הנתונים (PostgreSQL)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="62"/>
        <source>How many days before each charge date the card is checked and the customer is told that the service will renew. The days are counted in the company&apos;s time zone.</source>
        <translation>כמה ימים לפני כל מועד חיוב הכרטיס מאומת והלקוח מקבל הודעה שהשירות יחודש. הימים נספרים לפי אזור הזמן של החברה.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="66"/>
        <source>How many days before a service expires its automatic charge is made (0: on the expiry date).</source>
        <translation>כמה ימים לפני תום תוקף השירות מתבצע החיוב האוטומטי שלו (0: ביום תום התוקף).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="70"/>
        <source>When the checks did not run for a while, a charge date that passed at most this many days ago is still charged; older ones are listed as needing attention and are not charged.</source>
        <translation>אם הבדיקות לא רצו במשך זמן מה, חיוב שמועדו חלף לפני מספר ימים זה לכל היותר עדיין יבוצע; חיובים ישנים יותר יסומנו כדורשים טיפול ולא יבוצעו.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="74"/>
        <source>The company&apos;s time zone, such as Asia/Jerusalem: today&apos;s date and the days before a charge are counted in it.</source>
        <translation>אזור הזמן של החברה, למשל Asia/Jerusalem: התאריך של היום והימים שלפני חיוב נספרים לפיו.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="78"/>
        <source>The name or address of the mail server that sends the e-mails to customers.</source>
        <translation>השם או הכתובת של שרת הדואר ששולח את הודעות הדוא״ל ללקוחות.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="81"/>
        <source>The mail server&apos;s port: usually 587 with STARTTLS, 25 without.</source>
        <translation>הפורט של שרת הדואר: בדרך כלל 587 עם STARTTLS, ו־25 בלעדיו.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="84"/>
        <source>The user name for the mail server; leave it empty when the server needs no login.</source>
        <translation>שם המשתמש בשרת הדואר; יש להשאיר ריק אם השרת אינו דורש התחברות.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="87"/>
        <source>Encrypt the connection to the mail server before logging in; most servers on port 587 require it.</source>
        <translation>הצפנת החיבור לשרת הדואר לפני ההתחברות; רוב השרתים בפורט 587 דורשים זאת.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="91"/>
        <source>The From address of every e-mail to customers, such as renewals@example.com.</source>
        <translation>כתובת השולח (From) בכל הודעת דוא״ל ללקוחות, למשל renewals@example.com.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="94"/>
        <source>An e-mail that could not be sent for this many days is given up and listed for staff to follow up.</source>
        <translation>הודעת דוא״ל שלא ניתן היה לשלוח במשך מספר ימים זה מסומנת כהודעה שנזנחה ומופיעה ברשימת המעקב של הצוות.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="98"/>
        <source>The customer portal&apos;s renewal page: every renewal link in an e-mail starts with it and carries a signed token.</source>
        <translation>דף החידוש בפורטל הלקוחות: כל קישור חידוש בהודעת דוא״ל מתחיל בכתובת זו ונושא אסימון חתום.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="102"/>
        <source>The customer portal&apos;s page for automatic renewal settings: the settings links in e-mails start with it.</source>
        <translation>דף הגדרות החידוש האוטומטי בפורטל הלקוחות: קישורי ההגדרות בהודעות הדוא״ל מתחילים בכתובת זו.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="106"/>
        <source>How many days a link in an e-mail keeps working after it is sent.</source>
        <translation>כמה ימים קישור בהודעת דוא״ל ממשיך לפעול לאחר שליחתה.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="109"/>
        <source>The sender&apos;s name and the signature of every e-mail to customers.</source>
        <translation>שם השולח והחתימה בכל הודעת דוא״ל ללקוחות.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="112"/>
        <source>How often every open window runs the due checks in the background.</source>
        <translation>באיזו תדירות כל חלון פתוח מריץ ברקע את בדיקות המועדים.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="115"/>
        <source>How many calls to the payment gateway the due checks make at the same time.</source>
        <translation>כמה פניות לשער התשלומים מבצעות בדיקות המועדים בו־זמנית.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="118"/>
        <source>A delay added to every answer of the built-in sandbox gateway, to try the program with a slow gateway; 0 for none.</source>
        <translation>השהיה שמתווספת לכל תשובה של שער הניסוי המובנה, כדי לנסות את התוכנה עם שער איטי; 0 ללא השהיה.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="122"/>
        <source>The password of the SMTP user, kept in this workstation&apos;s keyring.</source>
        <translation>הסיסמה של משתמש ה־SMTP, שמורה במחזיק המפתחות של עמדה זו.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="125"/>
        <source>The secret that signs the links in e-mails; the customer portal checks them with the same key.</source>
        <translation>הערך הסודי שחותם על הקישורים בהודעות הדוא״ל; פורטל הלקוחות מאמת אותם באותו מפתח.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="129"/>
        <source>The API key of the payment gateway, kept in this workstation&apos;s keyring.</source>
        <translation>מפתח ה־API של שער התשלומים, שמור במחזיק המפתחות של עמדה זו.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="132"/>
        <source>The password this workstation uses for a PostgreSQL database whose address carries none.</source>
        <translation>הסיסמה שעמדה זו משתמשת בה למסד נתונים PostgreSQL שכתובתו אינה כוללת סיסמה.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="143"/>
        <source>Enter a whole number from {low} to {high}.</source>
        <translation>יש להזין מספר שלם בין {low} ל־{high}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="144"/>
        <source>Choose on or off.</source>
        <translation>יש לבחור מופעל או כבוי.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="145"/>
        <source>Choose a time zone from the list, such as Asia/Jerusalem.</source>
        <translation>יש לבחור אזור זמן מהרשימה, למשל Asia/Jerusalem.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="148"/>
        <source>Enter a server name or address, without spaces.</source>
        <translation>יש להזין שם או כתובת של שרת, ללא רווחים.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="149"/>
        <source>Enter an e-mail address such as renewals@example.com.</source>
        <translation>יש להזין כתובת דוא״ל, למשל renewals@example.com.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="152"/>
        <source>Enter an address that starts with https://, such as https://portal.example.com/renew.</source>
        <translation>יש להזין כתובת שמתחילה ב־https://, למשל https://portal.example.com/renew.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="156"/>
        <source>This setting is unknown.</source>
        <translation>הגדרה זו אינה מוכרת.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="158"/>
        <source>This value cannot be used.</source>
        <translation>לא ניתן להשתמש בערך זה.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../desktop/ui/admin/settings_dialog.py" line="154"/>
        <source>Settings</source>
        <translation>הגדרות</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_dialog.py" line="175"/>
        <source>Passwords and keys are kept in this workstation&apos;s keyring, never in the database, and are never shown again: a field left empty keeps what is kept.</source>
        <translation>סיסמאות ומפתחות נשמרים במחזיק המפתחות של עמדה זו, לעולם לא במסד הנתונים, ואינם מוצגים שוב: שדה שנשאר ריק שומר על הערך הקיים.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_dialog.py" line="181"/>
        <source>Loading the settings…</source>
        <translation>טוען את ההגדרות…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_dialog.py" line="184"/>
        <source>Send test e-mail…</source>
        <translation>שליחת הודעת בדיקה…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_dialog.py" line="186"/>
        <source>Sends an e-mail through the mail server with the values shown here, saved or not.</source>
        <translation>שליחת הודעת דוא״ל דרך שרת הדואר עם הערכים המוצגים כאן, בין אם נשמרו ובין אם לא.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_dialog.py" line="220"/>
        <source>Due checks &amp;&amp; charges</source>
        <translation>בדיקות מועדים וחיובים</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_dialog.py" line="221"/>
        <source>E-mail (SMTP)</source>
        <translation>דוא״ל (SMTP)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_dialog.py" line="222"/>
        <source>Links &amp;&amp; portal</source>
        <translation>קישורים ופורטל</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_dialog.py" line="223"/>
        <source>Company</source>
        <translation>חברה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_dialog.py" line="224"/>
        <source>Background &amp;&amp; gateway</source>
        <translation>רקע ושער תשלומים</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_dialog.py" line="252"/>
        <source>Every workstation that shares this database must keep the same link signing key: type the same key on each of them, and give it to the customer portal.</source>
        <translation>כל העמדות שמשתמשות במסד נתונים זה חייבות לשמור את אותו מפתח חתימה לקישורים: יש להקליד את אותו המפתח בכל אחת מהן, ולמסור אותו גם לפורטל הלקוחות.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_dialog.py" line="298"/>
        <source>(empty)</source>
        <translation>(ריק)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_dialog.py" line="300"/>
        <source>Default: {value}</source>
        <translation>ברירת מחדל: {value}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_dialog.py" line="310"/>
        <source>no keyring</source>
        <translation>אין מחזיק מפתחות</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_dialog.py" line="313"/>
        <source>set — type a new one to replace it</source>
        <translation>מוגדר — יש להקליד ערך חדש כדי להחליפו</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_dialog.py" line="315"/>
        <source>not set</source>
        <translation>לא מוגדר</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_dialog.py" line="387"/>
        <source>Saving…</source>
        <translation>שומר…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_dialog.py" line="418"/>
        <source>Nothing was saved. Check these settings: {names}</source>
        <translation>לא נשמר דבר. יש לבדוק את ההגדרות האלה: {names}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_dialog.py" line="422"/>
        <source>The settings were saved, but the passwords and keys were not: {error}</source>
        <translation>ההגדרות נשמרו, אבל הסיסמאות והמפתחות לא נשמרו: {error}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_dialog.py" line="435"/>
        <source>Send test e-mail</source>
        <translation>שליחת הודעת בדיקה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_dialog.py" line="436"/>
        <source>Send a test e-mail, with the settings shown (saved or not), to:</source>
        <translation>שליחת הודעת בדיקה, עם ההגדרות המוצגות (שמורות או לא), אל:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_dialog.py" line="440"/>
        <source>Send</source>
        <translation>שליחה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_dialog.py" line="457"/>
        <source>Sending a test e-mail to {address}…</source>
        <translation>שולח הודעת בדיקה אל {address}…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_dialog.py" line="469"/>
        <source>The test e-mail was sent to {address}. Check that it arrived.</source>
        <translation>הודעת הבדיקה נשלחה אל {address}. יש לוודא שהיא הגיעה.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_dialog.py" line="480"/>
        <source>The test e-mail was not sent. Check these settings: {names}</source>
        <translation>הודעת הבדיקה לא נשלחה. יש לבדוק את ההגדרות האלה: {names}</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../desktop/ui/dialogs/sign_in.py" line="40"/>
        <source>Sign in to RenewDesk</source>
        <translation>כניסה ל־RenewDesk</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/sign_in.py" line="55"/>
        <source>Sign in</source>
        <translation>כניסה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/sign_in.py" line="57"/>
        <source>Language</source>
        <translation>שפה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/sign_in.py" line="58"/>
        <source>Name</source>
        <translation>שם</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/sign_in.py" line="59"/>
        <source>Password</source>
        <translation>סיסמה</translation>
    </message>
</context>
<context>
    <name>Staff</name>
    <message>
        <location filename="../desktop/ui/admin/staff_texts.py" line="31"/>
        <source>Sales</source>
        <translation>מכירות</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_texts.py" line="32"/>
        <source>Finance</source>
        <translation>כספים</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_texts.py" line="33"/>
        <source>Administrator</source>
        <translation>מנהל</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_texts.py" line="34"/>
        <source>Background checks</source>
        <translation>בדיקות רקע</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <location filename="../desktop/ui/admin/staff_dialog.py" line="196"/>
        <source>Staff</source>
        <translation>צוות</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_dialog.py" line="202"/>
        <source>Name</source>
        <translation>שם</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_dialog.py" line="202"/>
        <source>Role</source>
        <translation>תפקיד</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_dialog.py" line="202"/>
        <source>State</source>
        <translation>מצב</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_dialog.py" line="202"/>
        <source>Locked until</source>
        <translation>נעול עד</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_dialog.py" line="213"/>
        <source>Add…</source>
        <translation>הוספה…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_dialog.py" line="214"/>
        <source>Change role…</source>
        <translation>שינוי תפקיד…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_dialog.py" line="215"/>
        <source>Reset password…</source>
        <translation>איפוס סיסמה…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_dialog.py" line="216"/>
        <location filename="../desktop/ui/admin/staff_dialog.py" line="294"/>
        <source>Disable</source>
        <translation>השבתה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_dialog.py" line="278"/>
        <source>Active</source>
        <translation>פעיל</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_dialog.py" line="278"/>
        <source>Disabled</source>
        <translation>מושבת</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_dialog.py" line="294"/>
        <source>Enable</source>
        <translation>הפעלה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_dialog.py" line="304"/>
        <source>You cannot disable yourself.</source>
        <translation>לא ניתן להשבית את החשבון שלך.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_dialog.py" line="317"/>
        <source>{name} was added.</source>
        <translation>איש הצוות {name} נוסף.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_dialog.py" line="326"/>
        <source>{name} is now: {role}.</source>
        <translation>התפקיד של {name} הוא כעת: {role}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_dialog.py" line="337"/>
        <source>The password of {name} was reset.</source>
        <translation>הסיסמה של {name} אופסה.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_dialog.py" line="347"/>
        <source>Disable a staff member</source>
        <translation>השבתת איש צוות</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_dialog.py" line="348"/>
        <source>Disable {name}? They will no longer be able to sign in.</source>
        <translation>להשבית את {name}? לאחר ההשבתה לא ניתן יהיה להיכנס עם חשבון זה.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_dialog.py" line="362"/>
        <source>{name} was enabled.</source>
        <translation>החשבון של {name} הופעל.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_dialog.py" line="364"/>
        <source>{name} was disabled.</source>
        <translation>החשבון של {name} הושבת.</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../desktop/ui/tasks.py" line="81"/>
        <source>RenewDesk</source>
        <translation>RenewDesk</translation>
    </message>
</context>
<context>
    <name>UpcomingModel</name>
    <message>
        <location filename="../desktop/ui/finance/upcoming_model.py" line="33"/>
        <source>Customer</source>
        <translation>לקוח</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/upcoming_model.py" line="34"/>
        <source>Service</source>
        <translation>שירות</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/upcoming_model.py" line="35"/>
        <source>Charge date</source>
        <translation>מועד חיוב</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/upcoming_model.py" line="36"/>
        <source>Amount</source>
        <translation>סכום</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/upcoming_model.py" line="37"/>
        <source>Installments</source>
        <translation>תשלומים</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/upcoming_model.py" line="38"/>
        <source>Card</source>
        <translation>כרטיס אשראי</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/upcoming_model.py" line="39"/>
        <source>Billing contact</source>
        <translation>איש קשר לחיוב</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/upcoming_model.py" line="40"/>
        <source>Risks</source>
        <translation>סיכונים</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/upcoming_model.py" line="67"/>
        <source>no price</source>
        <translation>אין מחיר</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/upcoming_model.py" line="68"/>
        <source>no card</source>
        <translation>אין כרטיס אשראי</translation>
    </message>
</context>
<context>
    <name>UpcomingPanel</name>
    <message>
        <location filename="../desktop/ui/finance/upcoming_panel.py" line="62"/>
        <source>Refresh</source>
        <translation>רענון</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/upcoming_panel.py" line="64"/>
        <source>Any risk</source>
        <translation>הכל</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/upcoming_panel.py" line="65"/>
        <source>At risk</source>
        <translation>בסיכון</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/upcoming_panel.py" line="66"/>
        <source>Safe</source>
        <translation>ללא סיכון</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/upcoming_panel.py" line="73"/>
        <location filename="../desktop/ui/finance/upcoming_panel.py" line="247"/>
        <source>All currencies</source>
        <translation>כל המטבעות</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/upcoming_panel.py" line="75"/>
        <source>Customer name or number</source>
        <translation>שם לקוח או מספר לקוח</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/upcoming_panel.py" line="108"/>
        <source>Days ahead:</source>
        <translation>ימים קדימה:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/upcoming_panel.py" line="112"/>
        <source>Risk:</source>
        <translation>סיכון:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/upcoming_panel.py" line="114"/>
        <source>Currency:</source>
        <translation>מטבע:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/upcoming_panel.py" line="118"/>
        <source>Amount per day in:</source>
        <translation>סכום יומי במטבע:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/upcoming_panel.py" line="186"/>
        <source>Loading the upcoming charges…</source>
        <translation>טוען את החיובים הצפויים…</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/finance/upcoming_panel.py" line="270"/>
        <source>%n charge(s) from {first} to {last}</source>
        <translation>
            <numerusform>%n חיוב מ־{first} עד {last}</numerusform>
            <numerusform>%n חיובים מ־{first} עד {last}</numerusform>
        </translation>
    </message>
</context>
</TS>

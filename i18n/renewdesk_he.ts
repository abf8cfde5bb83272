<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="he_IL">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../desktop/ui/dialogs/about_dialog.py" line="62"/>
        <source>About RenewDesk</source>
        <translation>אודות RenewDesk</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/about_dialog.py" line="70"/>
        <source>Renewals and automatic card payments for a web-hosting company.</source>
        <translation>חידושים וחיובי כרטיס אוטומטיים לחברת אחסון אתרים.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/about_dialog.py" line="76"/>
        <source>Version</source>
        <translation>גרסה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/about_dialog.py" line="77"/>
        <source>Database</source>
        <translation>מסד נתונים</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/about_dialog.py" line="78"/>
        <source>Workstation</source>
        <translation>עמדת עבודה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/about_dialog.py" line="85"/>
        <source>Checks of this workstation</source>
        <translation>בדיקות העמדה הזו</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/about_dialog.py" line="99"/>
        <source>Check again</source>
        <translation>בדיקה חוזרת</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/about_dialog.py" line="100"/>
        <source>Copy</source>
        <translation>העתקה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/about_dialog.py" line="101"/>
        <source>Copies these facts and checks as plain text, for support</source>
        <translation>העתקת הפרטים והבדיקות האלה כטקסט פשוט, לצוות התמיכה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/about_dialog.py" line="131"/>
        <source>Checking…</source>
        <translation>הבדיקות רצות…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/about_dialog.py" line="171"/>
        <source>The checks could not be run ({detail})</source>
        <translation>לא ניתן היה להריץ את הבדיקות ({detail})</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/about_dialog.py" line="188"/>
        <source>the report is on the clipboard</source>
        <translation>הדוח הועתק ללוח</translation>
    </message>
</context>
<context>
    <name>AccountPanel</name>
    <message>
        <location filename="../desktop/ui/customers/account_panel.py" line="162"/>
        <source>Filter services</source>
        <translation>סינון שירותים</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/account_panel.py" line="163"/>
        <source>Services</source>
        <translation>שירותים</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/account_panel.py" line="187"/>
        <source>Loading the account…</source>
        <translation>החשבון נטען…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/account_panel.py" line="231"/>
        <source>No customer chosen</source>
        <translation>לא נבחר לקוח</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/account_panel.py" line="232"/>
        <source>Find a customer on the left.</source>
        <translation>יש לחפש לקוח בחלונית שמימין.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/account_panel.py" line="241"/>
        <source>(not valid)</source>
        <translation>(לא בתוקף)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/account_panel.py" line="243"/>
        <location filename="../desktop/ui/customers/account_panel.py" line="248"/>
        <source>none</source>
        <translation>אין</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/account_panel.py" line="250"/>
        <source>E-mail: {email}   Customer: {ref}
Billing contacts: {contacts}
Cards: {cards}</source>
        <translation>דוא״ל: {email}   לקוח: {ref}
אנשי קשר לחיוב: {contacts}
כרטיסים: {cards}</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/customers/account_panel.py" line="268"/>
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n שירות</numerusform>
            <numerusform>%n שירותים</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/customers/account_panel.py" line="270"/>
        <source>%n of {total} shown</source>
        <translation>
            <numerusform>מוצג %n מתוך {total}</numerusform>
            <numerusform>מוצגים %n מתוך {total}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/customers/account_panel.py" line="272"/>
        <source>{services}, %n at risk</source>
        <translation>
            <numerusform>{services}, %n בסיכון</numerusform>
            <numerusform>{services}, %n בסיכון</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AddCardDialog</name>
    <message>
        <location filename="../desktop/ui/customers/add_card_dialog.py" line="27"/>
        <location filename="../desktop/ui/customers/add_card_dialog.py" line="39"/>
        <source>Add card</source>
        <translation>הוספת כרטיס</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/add_card_dialog.py" line="29"/>
        <source>The card is checked with the payment gateway; only its last 4 digits are kept.</source>
        <translation>הכרטיס נבדק מול שער התשלומים; נשמרות רק 4 הספרות האחרונות שלו.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/add_card_dialog.py" line="35"/>
        <source>Customer: {name}</source>
        <translation>לקוח: {name}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/add_card_dialog.py" line="61"/>
        <source>Checking the card with the payment gateway…</source>
        <translation>הכרטיס נבדק מול שער התשלומים…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/add_card_dialog.py" line="69"/>
        <source>Card {card} added ({ref}).</source>
        <translation>הכרטיס {card} נוסף ({ref}).</translation>
    </message>
</context>
<context>
    <name>AddStaffDialog</name>
    <message>
        <location filename="../desktop/ui/admin/staff_dialog.py" line="123"/>
        <source>Add a staff member</source>
        <translation>הוספת איש צוות</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_dialog.py" line="128"/>
        <source>Name</source>
        <translation>שם</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_dialog.py" line="129"/>
        <source>Role</source>
        <translation>תפקיד</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_dialog.py" line="130"/>
        <source>Password</source>
        <translation>סיסמה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_dialog.py" line="131"/>
        <source>Password again</source>
        <translation>אימות סיסמה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_dialog.py" line="132"/>
        <source>Add</source>
        <translation>הוספה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_dialog.py" line="137"/>
        <source>The two passwords differ.</source>
        <translation>שתי הסיסמאות אינן זהות.</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../desktop/ui/admin/audit_dialog.py" line="93"/>
        <source>Audit log</source>
        <translation>יומן ביקורת</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_dialog.py" line="105"/>
        <source>Everyone</source>
        <translation>כולם</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_dialog.py" line="107"/>
        <source>All actions</source>
        <translation>כל הפעולות</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_dialog.py" line="112"/>
        <source>Reference or name</source>
        <translation>מספר לקוח או שם</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_dialog.py" line="123"/>
        <source>Refresh</source>
        <translation>רענון</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_dialog.py" line="70"/>
        <location filename="../desktop/ui/admin/audit_dialog.py" line="127"/>
        <source>Who</source>
        <translation>משתמש</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_dialog.py" line="69"/>
        <source>When (UTC)</source>
        <translation>מועד (UTC)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_dialog.py" line="78"/>
        <source>Workstation</source>
        <translation>עמדת עבודה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_dialog.py" line="71"/>
        <source>Action</source>
        <translation>פעולה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_dialog.py" line="72"/>
        <source>Concerning</source>
        <translation>נושא</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_dialog.py" line="73"/>
        <source>Concerning (id)</source>
        <translation>נושא (מזהה)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_dialog.py" line="74"/>
        <source>Customer reference</source>
        <translation>מספר לקוח</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_dialog.py" line="75"/>
        <source>Customer name</source>
        <translation>שם הלקוח</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_dialog.py" line="76"/>
        <source>Before (JSON)</source>
        <translation>לפני (JSON)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_dialog.py" line="77"/>
        <source>After (JSON)</source>
        <translation>אחרי (JSON)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_dialog.py" line="128"/>
        <source>What</source>
        <translation>פעולה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_dialog.py" line="129"/>
        <source>Customer</source>
        <translation>לקוח</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_dialog.py" line="130"/>
        <source>From</source>
        <translation>מתאריך</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_dialog.py" line="131"/>
        <source>To</source>
        <translation>עד תאריך</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_dialog.py" line="161"/>
        <location filename="../desktop/ui/admin/audit_dialog.py" line="448"/>
        <source>Choose an entry to see what it changed.</source>
        <translation>יש לבחור רשומה כדי לראות מה היא שינתה.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_dialog.py" line="189"/>
        <source>Load more</source>
        <translation>עוד רשומות</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_dialog.py" line="191"/>
        <source>Export CSV…</source>
        <translation>ייצוא ל־CSV…</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/admin/audit_dialog.py" line="413"/>
        <source>%n entry(ies) shown, newest first; older ones follow with Load more.</source>
        <translation>
            <numerusform>מוצגת %n רשומה, מהחדשה לישנה; לרשומות ישנות יותר יש ללחוץ על „עוד רשומות”.</numerusform>
            <numerusform>מוצגות %n רשומות, מהחדשה לישנה; לרשומות ישנות יותר יש ללחוץ על „עוד רשומות”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/admin/audit_dialog.py" line="414"/>
        <source>%n entry(ies), newest first.</source>
        <translation>
            <numerusform>%n רשומה, מהחדשה לישנה.</numerusform>
            <numerusform>%n רשומות, מהחדשה לישנה.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_dialog.py" line="456"/>
        <source>{what}, {when}, by {who}</source>
        <translation>{what}, {when}, על ידי {who}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_dialog.py" line="467"/>
        <source>Nothing else was recorded.</source>
        <translation>לא נרשם דבר נוסף.</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/admin/audit_dialog.py" line="529"/>
        <source>%n entry(ies) written to {file}.</source>
        <translation>
            <numerusform>%n רשומה נכתבה אל {file}.</numerusform>
            <numerusform>%n רשומות נכתבו אל {file}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_dialog.py" line="461"/>
        <source>Concerning: {entity}</source>
        <translation>נושא: {entity}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_dialog.py" line="465"/>
        <source>Customer: {customer}</source>
        <translation>לקוח: {customer}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_dialog.py" line="475"/>
        <source>Export the audit log</source>
        <translation>ייצוא יומן הביקורת</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_dialog.py" line="475"/>
        <source>CSV files (*.csv)</source>
        <translation>קובצי CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_dialog.py" line="488"/>
        <source>Export</source>
        <translation>ייצוא</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_dialog.py" line="489"/>
        <source>Writing the audit log to {file}…</source>
        <translation>יומן הביקורת נכתב לקובץ {file}…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_dialog.py" line="490"/>
        <source>Cancel</source>
        <translation>ביטול</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_dialog.py" line="499"/>
        <source>Exporting…</source>
        <translation>בייצוא…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_dialog.py" line="520"/>
        <source>Cancelling…</source>
        <translation>בביטול…</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../desktop/ui/admin/audit_model.py" line="33"/>
        <source>When</source>
        <translation>מועד</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_model.py" line="34"/>
        <source>Who</source>
        <translation>משתמש</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_model.py" line="35"/>
        <source>Workstation</source>
        <translation>עמדת עבודה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_model.py" line="36"/>
        <source>What</source>
        <translation>פעולה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_model.py" line="37"/>
        <source>Concerning</source>
        <translation>נושא</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_model.py" line="38"/>
        <source>Customer</source>
        <translation>לקוח</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_model.py" line="39"/>
        <source>What changed</source>
        <translation>מה השתנה</translation>
    </message>
</context>
<context>
    <name>AuditTexts</name>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="47"/>
        <source>Auto-renew switched on</source>
        <translation>החידוש האוטומטי הופעל</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="48"/>
        <source>Auto-renew switched off</source>
        <translation>החידוש האוטומטי בוטל</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="49"/>
        <source>Auto-renew settings changed</source>
        <translation>הגדרות החידוש האוטומטי שונו</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="50"/>
        <source>Auto-renew stopped</source>
        <translation>החידוש האוטומטי הופסק</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="51"/>
        <source>Renewal opened again</source>
        <translation>החידוש נפתח מחדש</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="52"/>
        <source>Renewal terms changed</source>
        <translation>תנאי החידוש השתנו</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="53"/>
        <source>Card check passed</source>
        <translation>הכרטיס אומת</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="54"/>
        <source>Card check failed</source>
        <translation>אימות הכרטיס נכשל</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="59"/>
        <source>Charged</source>
        <translation>חויב</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="60"/>
        <source>Charge failed</source>
        <translation>החיוב נכשל</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="61"/>
        <source>Charge declined</source>
        <translation>החיוב נדחה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="62"/>
        <source>Renewal needs attention</source>
        <translation>החידוש דורש טיפול</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="63"/>
        <source>E-mail sent</source>
        <translation>נשלח דוא״ל</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="64"/>
        <source>E-mail given up</source>
        <translation>שליחת הדוא״ל נכשלה סופית</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="66"/>
        <source>E-mail retried now</source>
        <translation>ניסיון חוזר לשליחת הדוא״ל</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="67"/>
        <source>E-mail sent again</source>
        <translation>הדוא״ל נשלח שוב</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="69"/>
        <source>Proforma issued</source>
        <translation>הופק חשבון עסקה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="85"/>
        <source>Data imported</source>
        <translation>נתונים יובאו</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="86"/>
        <source>Upcoming charges exported</source>
        <translation>החיובים הצפויים יוצאו</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="87"/>
        <source>Audit log exported</source>
        <translation>יומן הביקורת יוצא</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="89"/>
        <source>Setting changed</source>
        <translation>הגדרה שונתה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="90"/>
        <source>Secret changed</source>
        <translation>ערך סודי שונה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="91"/>
        <source>Link-signing key created</source>
        <translation>נוצר מפתח חתימת קישורים</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="92"/>
        <source>Test e-mail sent</source>
        <translation>נשלחה הודעת בדיקה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="93"/>
        <source>Staff member added</source>
        <translation>נוסף איש צוות</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="94"/>
        <source>Staff role changed</source>
        <translation>תפקיד איש צוות שונה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="95"/>
        <source>Staff password reset</source>
        <translation>סיסמת איש צוות אופסה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="96"/>
        <source>Staff member disabled</source>
        <translation>איש צוות הושבת</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="97"/>
        <source>Staff member enabled</source>
        <translation>איש צוות הופעל מחדש</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="98"/>
        <source>Signed in</source>
        <translation>כניסה למערכת</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="99"/>
        <source>Sign-in failed</source>
        <translation>כניסה נכשלה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="100"/>
        <source>Staff member locked out</source>
        <translation>איש צוות ננעל</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="101"/>
        <source>Login linked to a staff member</source>
        <translation>משתמש המחשב קושר לאיש צוות</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="102"/>
        <source>Login unlinked from a staff member</source>
        <translation>הקישור בין משתמש המחשב לאיש הצוות בוטל</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="115"/>
        <source>Auto-renew: every change</source>
        <translation>חידוש אוטומטי: כל השינויים</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="116"/>
        <source>Card checks: all</source>
        <translation>אימות כרטיסים: הכול</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="117"/>
        <source>Charges: all</source>
        <translation>חיובים: הכול</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="118"/>
        <source>Renewals: all</source>
        <translation>חידושים: הכול</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="119"/>
        <source>E-mails: all</source>
        <translation>הודעות דוא״ל: הכול</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="121"/>
        <source>Exports: all</source>
        <translation>ייצוא: הכול</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="122"/>
        <source>Staff: everything</source>
        <translation>צוות: הכול</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="125"/>
        <source>Settings: all</source>
        <translation>הגדרות: הכול</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="131"/>
        <source>{prefix}* (all)</source>
        <translation>{prefix}* (הכול)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="137"/>
        <location filename="../desktop/ui/admin/audit_texts.py" line="173"/>
        <location filename="../desktop/ui/admin/audit_texts.py" line="174"/>
        <source>Service</source>
        <translation>שירות</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="138"/>
        <location filename="../desktop/ui/admin/audit_texts.py" line="175"/>
        <source>Renewal cycle</source>
        <translation>מחזור חידוש</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="139"/>
        <location filename="../desktop/ui/admin/audit_texts.py" line="162"/>
        <location filename="../desktop/ui/admin/audit_texts.py" line="163"/>
        <source>Card</source>
        <translation>כרטיס</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="140"/>
        <location filename="../desktop/ui/admin/audit_texts.py" line="165"/>
        <source>Contact</source>
        <translation>איש קשר</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="142"/>
        <location filename="../desktop/ui/admin/audit_texts.py" line="231"/>
        <source>Proforma</source>
        <translation>חשבון עסקה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="143"/>
        <location filename="../desktop/ui/admin/audit_texts.py" line="182"/>
        <source>Invoice</source>
        <translation>חשבונית</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="144"/>
        <location filename="../desktop/ui/admin/audit_texts.py" line="145"/>
        <location filename="../desktop/ui/admin/audit_texts.py" line="222"/>
        <source>E-mail</source>
        <translation>דוא״ל</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="146"/>
        <source>Staff member</source>
        <translation>איש צוות</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="147"/>
        <source>Setting</source>
        <translation>הגדרה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="148"/>
        <source>Secret</source>
        <translation>ערך סודי</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="149"/>
        <source>Export</source>
        <translation>ייצוא</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="150"/>
        <source>Import</source>
        <translation>ייבוא</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="244"/>
        <source>Until</source>
        <translation>עד</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="161"/>
        <source>Auto-renew</source>
        <translation>חידוש אוטומטי</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="164"/>
        <source>Billing contact</source>
        <translation>איש קשר לחיוב</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="166"/>
        <source>Period</source>
        <translation>תקופה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="167"/>
        <source>Installments</source>
        <translation>תשלומים</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="168"/>
        <source>Why it stopped</source>
        <translation>סיבת העצירה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="169"/>
        <source>Status</source>
        <translation>מצב</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="170"/>
        <source>Status before</source>
        <translation>מצב קודם</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="171"/>
        <source>Reason</source>
        <translation>סיבה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="172"/>
        <source>Reason before</source>
        <translation>סיבה קודמת</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="176"/>
        <source>Charge date</source>
        <translation>תאריך החיוב</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="177"/>
        <location filename="../desktop/ui/admin/audit_texts.py" line="178"/>
        <source>Amount</source>
        <translation>סכום</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="179"/>
        <source>Total</source>
        <translation>סה״כ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="180"/>
        <source>Currency</source>
        <translation>מטבע</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="181"/>
        <source>Charge key</source>
        <translation>מפתח החיוב</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="183"/>
        <source>Expires on</source>
        <translation>תוקף עד</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="184"/>
        <source>Notice sent</source>
        <translation>ההודעה שנשלחה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="185"/>
        <source>Notice version</source>
        <translation>גרסת ההודעה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="186"/>
        <source>Delivery</source>
        <translation>מסירה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="187"/>
        <source>Failing since</source>
        <translation>נכשלת מאז</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="188"/>
        <source>Next try</source>
        <translation>הניסיון הבא</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="189"/>
        <source>Message</source>
        <translation>הודעה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="190"/>
        <source>To</source>
        <translation>אל</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="191"/>
        <source>Tries</source>
        <translation>ניסיונות</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="192"/>
        <source>Last error</source>
        <translation>השגיאה האחרונה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="193"/>
        <source>Message ID</source>
        <translation>מזהה ההודעה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="194"/>
        <source>Sent again from</source>
        <translation>שליחה חוזרת של</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="195"/>
        <source>Name</source>
        <translation>שם</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="196"/>
        <source>Role</source>
        <translation>תפקיד</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="197"/>
        <source>Active</source>
        <translation>פעיל</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="198"/>
        <source>Computer login</source>
        <translation>משתמש המחשב</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="199"/>
        <source>Failed sign-ins</source>
        <translation>כניסות שנכשלו</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="200"/>
        <source>Locked until</source>
        <translation>נעול עד</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="201"/>
        <source>Value</source>
        <translation>ערך</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="202"/>
        <source>Format</source>
        <translation>פורמט</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="203"/>
        <source>Rows</source>
        <translation>שורות</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="204"/>
        <source>From</source>
        <translation>מתאריך</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="205"/>
        <source>Filter</source>
        <translation>סינון</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="206"/>
        <source>Who</source>
        <translation>מי</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="207"/>
        <source>Action</source>
        <translation>פעולה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="141"/>
        <location filename="../desktop/ui/admin/audit_texts.py" line="208"/>
        <source>Customer</source>
        <translation>לקוח</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="55"/>
        <source>Card added</source>
        <translation>כרטיס נוסף</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="56"/>
        <source>Card replaced on a service</source>
        <translation>הכרטיס של שירות הוחלף</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="57"/>
        <source>Card removed</source>
        <translation>כרטיס הוסר</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="58"/>
        <source>Card marked not valid</source>
        <translation>כרטיס סומן כלא תקף</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="65"/>
        <source>E-mail withdrawn, not sent</source>
        <translation>הודעת דוא״ל בוטלה ולא נשלחה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="68"/>
        <source>Renew link e-mailed</source>
        <translation>נשלח קישור לחידוש בדוא״ל</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="70"/>
        <source>Proforma paid</source>
        <translation>חשבון עסקה שולם</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="71"/>
        <source>Proforma cancelled</source>
        <translation>חשבון עסקה בוטל</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="72"/>
        <source>Card charge sent to the gateway</source>
        <translation>חיוב בכרטיס נשלח לשער התשלומים</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="73"/>
        <source>Card payment declined</source>
        <translation>תשלום בכרטיס נדחה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="74"/>
        <source>Card charge received, not applied</source>
        <translation>חיוב כרטיס אשראי התקבל ולא שויך</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="75"/>
        <source>Card refund sent to the gateway</source>
        <translation>בקשת החזר לכרטיס נשלחה לשער התשלומים</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="76"/>
        <source>Card charge refunded</source>
        <translation>חיוב כרטיס אשראי הוחזר</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="77"/>
        <source>Invoice issued</source>
        <translation>חשבונית מס הופקה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="78"/>
        <source>Service renewed by a payment</source>
        <translation>השירות חודש בתשלום</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="79"/>
        <source>Document e-mailed with its PDF</source>
        <translation>מסמך נשלח בדוא״ל עם קובץ PDF</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="80"/>
        <source>Customer added</source>
        <translation>לקוח נוסף</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="81"/>
        <source>Customer details changed</source>
        <translation>פרטי הלקוח שונו</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="82"/>
        <source>Billing contact added</source>
        <translation>איש קשר לחיוב נוסף</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="83"/>
        <source>Billing contact changed</source>
        <translation>איש קשר לחיוב שונה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="84"/>
        <source>Billing contact removed</source>
        <translation>איש קשר לחיוב הוסר</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="88"/>
        <source>Invoices exported</source>
        <translation>חשבוניות יוצאו</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="120"/>
        <source>Documents e-mailed: all</source>
        <translation>מסמכים שנשלחו בדוא״ל: הכול</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="123"/>
        <source>Customers: all</source>
        <translation>לקוחות: הכול</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="124"/>
        <source>Billing contacts: all</source>
        <translation>אנשי קשר לחיוב: הכול</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="209"/>
        <source>Number</source>
        <translation>מספר</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="210"/>
        <source>Services</source>
        <translation>שירותים</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="211"/>
        <source>Billed to</source>
        <translation>לחיוב על שם</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="212"/>
        <source>File</source>
        <translation>קובץ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="213"/>
        <source>Customers</source>
        <translation>לקוחות</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="214"/>
        <source>Contacts</source>
        <translation>אנשי קשר</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="215"/>
        <source>Cards</source>
        <translation>כרטיסים</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="216"/>
        <source>Orders</source>
        <translation>הזמנות</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="217"/>
        <source>Prices</source>
        <translation>מחירים</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="218"/>
        <source>Key fingerprint</source>
        <translation>טביעת האצבע של המפתח</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="219"/>
        <source>SMTP server</source>
        <translation>שרת SMTP</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="220"/>
        <source>Language</source>
        <translation>שפה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="221"/>
        <source>Reference</source>
        <translation>מזהה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="223"/>
        <source>Phone</source>
        <translation>טלפון</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="224"/>
        <source>Company</source>
        <translation>חברה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="225"/>
        <source>Address</source>
        <translation>כתובת</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="226"/>
        <source>Tax ID</source>
        <translation>מספר עוסק / ח״פ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="227"/>
        <source>Paid by</source>
        <translation>אמצעי תשלום</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="228"/>
        <source>Paid on</source>
        <translation>תאריך התשלום</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="229"/>
        <source>Payment reference</source>
        <translation>אסמכתת תשלום</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="230"/>
        <source>Left out</source>
        <translation>הושמט</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="232"/>
        <source>Series</source>
        <translation>סדרה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="233"/>
        <source>Renewals ended</source>
        <translation>מחזורי חידוש שהסתיימו</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="234"/>
        <source>Brand</source>
        <translation>סוג הכרטיס</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="235"/>
        <source>Expiry</source>
        <translation>תוקף</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="236"/>
        <source>Card holder</source>
        <translation>בעל הכרטיס</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="251"/>
        <source>switched off by staff</source>
        <translation>בוטל על ידי הצוות</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="252"/>
        <source>no card</source>
        <translation>אין כרטיס</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="253"/>
        <source>the card expires before the charge</source>
        <translation>תוקף הכרטיס יפוג לפני החיוב</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="256"/>
        <source>the card check was declined</source>
        <translation>אימות הכרטיס נדחה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="257"/>
        <source>the charge was declined</source>
        <translation>החיוב נדחה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="259"/>
        <source>the card issuer declined it</source>
        <translation>מנפיק הכרטיס דחה את החיוב</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="260"/>
        <source>the charge failed</source>
        <translation>החיוב נכשל</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="261"/>
        <source>no price for this renewal</source>
        <translation>אין מחיר לחידוש הזה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="262"/>
        <source>no renewal was under way</source>
        <translation>לא היה חידוש בתהליך</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="263"/>
        <source>the charge date was missed</source>
        <translation>מועד החיוב הוחמץ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="264"/>
        <source>the charge&apos;s notice was never sent</source>
        <translation>ההודעה על החיוב לא נשלחה מעולם</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="265"/>
        <location filename="../desktop/ui/admin/audit_texts.py" line="359"/>
        <source>no longer due</source>
        <translation>כבר לא נדרש</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="266"/>
        <source>the card was removed</source>
        <translation>הכרטיס הוסר</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="267"/>
        <source>renewed by a proforma&apos;s payment</source>
        <translation>חודש בתשלום חשבון עסקה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="269"/>
        <source>an updated notice replaced it</source>
        <translation>הודעה מעודכנת החליפה אותה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="270"/>
        <source>the renewal it announced stopped</source>
        <translation>החידוש שעליו הודיעה הופסק</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="271"/>
        <source>the proforma was cancelled</source>
        <translation>חשבון העסקה בוטל</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="272"/>
        <source>auto-renew was switched on again before it was sent</source>
        <translation>החידוש האוטומטי הופעל מחדש לפני שההודעה נשלחה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="286"/>
        <source>queued</source>
        <translation>בתור</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="287"/>
        <source>sent</source>
        <translation>נשלחה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="288"/>
        <source>failing</source>
        <translation>נכשלת</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="289"/>
        <source>given up</source>
        <translation>נכשלה סופית</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="290"/>
        <source>withdrawn</source>
        <translation>בוטלה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="301"/>
        <source>English</source>
        <translation>אנגלית</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="302"/>
        <source>Hebrew</source>
        <translation>עברית</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="303"/>
        <source>Spanish</source>
        <translation>ספרדית</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="313"/>
        <source>yes</source>
        <translation>כן</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="315"/>
        <source>no</source>
        <translation>לא</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="321"/>
        <source>on</source>
        <translation>פעיל</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="323"/>
        <source>off</source>
        <translation>כבוי</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/admin/audit_texts.py" line="328"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n חודש</numerusform>
            <numerusform>%n חודשים</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="334"/>
        <source>pre-charge notice</source>
        <translation>הודעה לפני חיוב</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="335"/>
        <source>updated pre-charge notice</source>
        <translation>הודעה מעודכנת לפני חיוב</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="336"/>
        <source>card check failed</source>
        <translation>אימות הכרטיס נכשל</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="337"/>
        <source>charge receipt</source>
        <translation>קבלה על חיוב</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="338"/>
        <location filename="../desktop/ui/admin/audit_texts.py" line="356"/>
        <source>charge failed</source>
        <translation>החיוב נכשל</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="339"/>
        <source>auto-renew switched off</source>
        <translation>החידוש האוטומטי בוטל</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="340"/>
        <source>proforma with its PDF</source>
        <translation>חשבון עסקה עם קובץ PDF</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="341"/>
        <source>tax invoice with its PDF</source>
        <translation>חשבונית מס עם קובץ PDF</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="352"/>
        <source>waiting for its check</source>
        <translation>ממתין לאימות הכרטיס</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="353"/>
        <source>card checked</source>
        <translation>הכרטיס אומת</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="354"/>
        <source>charging</source>
        <translation>החיוב מתבצע</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="355"/>
        <location filename="../desktop/ui/admin/audit_texts.py" line="376"/>
        <source>charged</source>
        <translation>חויב</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="357"/>
        <source>stopped at the card check</source>
        <translation>נעצר באימות הכרטיס</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="358"/>
        <source>needs attention</source>
        <translation>דורש טיפול</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="365"/>
        <source>open</source>
        <translation>פתוח</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="366"/>
        <source>paid</source>
        <translation>שולם</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="367"/>
        <source>cancelled</source>
        <translation>בוטל</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="368"/>
        <source>expired</source>
        <translation>פג תוקף</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="374"/>
        <source>charge under way</source>
        <translation>חיוב בביצוע</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="375"/>
        <source>answer not known</source>
        <translation>התשובה אינה ידועה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="377"/>
        <source>declined</source>
        <translation>נדחה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="378"/>
        <source>not sent</source>
        <translation>לא נשלח</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="379"/>
        <source>received, not applied</source>
        <translation>התקבל, לא שויך</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="380"/>
        <source>refunded</source>
        <translation>הוחזר</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="396"/>
        <source>Service #{id} (deleted)</source>
        <translation>שירות מס׳ {id} (נמחק)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="397"/>
        <source>Renewal cycle #{id} (deleted)</source>
        <translation>מחזור חידוש מס׳ {id} (נמחק)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="398"/>
        <source>Card #{id} (deleted)</source>
        <translation>כרטיס מס׳ {id} (נמחק)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="399"/>
        <source>Contact #{id} (deleted)</source>
        <translation>איש קשר מס׳ {id} (נמחק)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="400"/>
        <source>Staff member #{id} (deleted)</source>
        <translation>איש צוות מס׳ {id} (נמחק)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="401"/>
        <source>E-mail #{id} (deleted)</source>
        <translation>דוא״ל מס׳ {id} (נמחק)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="402"/>
        <source>Customer #{id} (deleted)</source>
        <translation>לקוח מס׳ {id} (נמחק)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="409"/>
        <source>{name} (deleted)</source>
        <translation>{name} (נמחק)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="414"/>
        <source>{what}: {name}</source>
        <translation>{what}: {name}</translation>
    </message>
</context>
<context>
    <name>AuditWords</name>
    <message>
        <location filename="../desktop/ui/admin/audit_words.py" line="94"/>
        <source>{name} ({company})</source>
        <translation>{name} ({company})</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_words.py" line="99"/>
        <source>{kind} to {address}</source>
        <translation>{kind} אל {address}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_words.py" line="243"/>
        <source>{before} → {after}</source>
        <translation>{before} ← {after}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_words.py" line="288"/>
        <source>{name} ({ref})</source>
        <translation>{name} ({ref})</translation>
    </message>
</context>
<context>
    <name>BackgroundStatus</name>
    <message>
        <location filename="../desktop/ui/background_status.py" line="208"/>
        <source>Checks failed {when}</source>
        <translation>הבדיקות נכשלו: {when}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/background_status.py" line="210"/>
        <source>Last checks {when}</source>
        <translation>בדיקות אחרונות: {when}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/background_status.py" line="212"/>
        <source>Checks running…</source>
        <translation>הבדיקות רצות…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/background_status.py" line="214"/>
        <source>Checks not started</source>
        <translation>הבדיקות עדיין לא התחילו</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/background_status.py" line="216"/>
        <source>%n charge(s) without an answer</source>
        <translation>
            <numerusform>%n חיוב ללא תשובה</numerusform>
            <numerusform>%n חיובים ללא תשובה</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/background_status.py" line="219"/>
        <source>E-mail is not set up</source>
        <translation>הדוא״ל לא הוגדר</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/background_status.py" line="222"/>
        <source>%n e-mail(s) failing</source>
        <translation>
            <numerusform>%n הודעה נכשלת</numerusform>
            <numerusform>%n הודעות נכשלות</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/background_status.py" line="224"/>
        <source>%n e-mail(s) given up</source>
        <translation>
            <numerusform>%n הודעה נכשלה סופית</numerusform>
            <numerusform>%n הודעות נכשלו סופית</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/background_status.py" line="226"/>
        <source>%n e-mail(s) queued</source>
        <translation>
            <numerusform>%n הודעה בתור</numerusform>
            <numerusform>%n הודעות בתור</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/background_status.py" line="229"/>
        <source>next {time}</source>
        <translation>הבאות: {time}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/background_status.py" line="248"/>
        <source>Set up…</source>
        <translation>להגדרה…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/background_status.py" line="250"/>
        <source>Open the settings</source>
        <translation>פתיחת ההגדרות</translation>
    </message>
    <message>
        <location filename="../desktop/ui/background_status.py" line="252"/>
        <source>(ask an administrator)</source>
        <translation>(יש לפנות למנהל המערכת)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/background_status.py" line="274"/>
        <source>Last checks: {when}</source>
        <translation>הבדיקות האחרונות: {when}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/background_status.py" line="279"/>
        <source>The checks were skipped: the computer was asleep or busy at their time.</source>
        <translation>הבדיקות דולגו: המחשב היה במצב שינה או עסוק בזמן שנקבע להן.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/background_status.py" line="282"/>
        <location filename="../desktop/ui/background_status.py" line="290"/>
        <source>What they did: {what}</source>
        <translation>מה נעשה: {what}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/background_status.py" line="286"/>
        <source>Last checks: {when} ({workstation})</source>
        <translation>הבדיקות האחרונות: {when} ({workstation})</translation>
    </message>
    <message>
        <location filename="../desktop/ui/background_status.py" line="294"/>
        <source>Next checks: {when}</source>
        <translation>הבדיקות הבאות: {when}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/background_status.py" line="300"/>
        <source>E-mail is not set up yet; the e-mails wait until it is:</source>
        <translation>הדוא״ל עדיין לא הוגדר; ההודעות ימתינו עד שיוגדר:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/background_status.py" line="303"/>
        <source>Ask an administrator to set it up.</source>
        <translation>יש לבקש ממנהל המערכת להגדיר אותו.</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/background_status.py" line="307"/>
        <source>%n failing</source>
        <translation>
            <numerusform>%n נכשלת</numerusform>
            <numerusform>%n נכשלות</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/background_status.py" line="308"/>
        <source>%n given up</source>
        <translation>
            <numerusform>%n נכשלה סופית</numerusform>
            <numerusform>%n נכשלו סופית</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/background_status.py" line="309"/>
        <source>%n queued</source>
        <translation>
            <numerusform>%n בתור</numerusform>
            <numerusform>%n בתור</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/background_status.py" line="314"/>
        <source>E-mails: {counts}</source>
        <translation>הודעות דוא״ל: {counts}</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/background_status.py" line="318"/>
        <source>Last failure, after %n try(ies): {why}</source>
        <translation>
            <numerusform>הכישלון האחרון, אחרי %n ניסיון: {why}</numerusform>
            <numerusform>הכישלון האחרון, אחרי %n ניסיונות: {why}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/background_status.py" line="323"/>
        <source>Next try: {when}</source>
        <translation>הניסיון הבא: {when}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/background_status.py" line="325"/>
        <source>E-mails: all sent</source>
        <translation>הודעות דוא״ל: כולן נשלחו</translation>
    </message>
</context>
<context>
    <name>CardDialogs</name>
    <message>
        <location filename="../desktop/ui/customers/card_work.py" line="145"/>
        <source>The card {card} is no longer on the account: nothing can be done with it here.</source>
        <translation>הכרטיס {card} כבר לא שייך לחשבון: אי אפשר לעשות בו דבר כאן.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/card_work.py" line="157"/>
        <source>The card to move them to ({card}) is no longer on the account. Nothing was changed; choose another.</source>
        <translation>הכרטיס שאליו היו אמורים לעבור ({card}) כבר לא שייך לחשבון. לא שונה דבר; יש לבחור כרטיס אחר.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/card_work.py" line="196"/>
        <source>Stopping… nothing will be changed</source>
        <translation>בעצירה… דבר לא ישתנה</translation>
    </message>
</context>
<context>
    <name>CardEntry</name>
    <message>
        <location filename="../desktop/ui/customers/card_entry.py" line="59"/>
        <source>MM/YYYY</source>
        <translation>חח/שששש</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/card_entry.py" line="220"/>
        <source>Type the holder&apos;s name here, not the card number.</source>
        <translation>יש להקליד כאן את שם בעל הכרטיס, לא את מספר הכרטיס.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/card_entry.py" line="222"/>
        <source>Type the month and year as on the card: MM/YYYY.</source>
        <translation>יש להקליד חודש ושנה כפי שהם מופיעים על הכרטיס: MM/YYYY.</translation>
    </message>
</context>
<context>
    <name>CardsModel</name>
    <message>
        <location filename="../desktop/ui/customers/cards_model.py" line="52"/>
        <source>Valid</source>
        <translation>תקף</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/cards_model.py" line="55"/>
        <source>Expired</source>
        <translation>פג תוקף</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/customers/cards_model.py" line="65"/>
        <source>%n renewing automatically</source>
        <translation>
            <numerusform>%n בחידוש אוטומטי</numerusform>
            <numerusform>%n בחידוש אוטומטי</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/cards_model.py" line="67"/>
        <source>Not in use</source>
        <translation>לא בשימוש</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/customers/cards_model.py" line="69"/>
        <source>(+%n off)</source>
        <translation>
            <numerusform>(ועוד %n כבוי)</numerusform>
            <numerusform>(ועוד %n כבויים)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/cards_model.py" line="79"/>
        <source>Expires before the next charge of: {services}</source>
        <translation>תוקפו יפוג לפני החיוב הבא של: {services}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/cards_model.py" line="105"/>
        <source>Card</source>
        <translation>כרטיס</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/cards_model.py" line="106"/>
        <source>Ref</source>
        <translation>מזהה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/cards_model.py" line="107"/>
        <source>Expiry</source>
        <translation>תוקף</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/cards_model.py" line="108"/>
        <source>Holder</source>
        <translation>בעל הכרטיס</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/cards_model.py" line="109"/>
        <source>Valid?</source>
        <translation>תקף?</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/cards_model.py" line="110"/>
        <source>Services</source>
        <translation>שירותים</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/cards_model.py" line="111"/>
        <source>Warning</source>
        <translation>אזהרה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/cards_model.py" line="118"/>
        <source>The card&apos;s ref, as the commands take it: card replace, card remove, proforma pay --card</source>
        <translation>מזהה הכרטיס, כפי שהפקודות מקבלות אותו: card replace,‏ card remove,‏ proforma pay --card</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/cards_model.py" line="124"/>
        <source>The card expires before the next charge of: {services}. The charge will fail; replace the card.</source>
        <translation>תוקף הכרטיס יפוג לפני החיוב הבא של: {services}. החיוב ייכשל; יש להחליף את הכרטיס.</translation>
    </message>
</context>
<context>
    <name>CardsTab</name>
    <message>
        <location filename="../desktop/ui/customers/cards_tab.py" line="50"/>
        <source>Cards</source>
        <translation>כרטיסים</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/cards_tab.py" line="53"/>
        <source>Add card…</source>
        <translation>הוספת כרטיס…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/cards_tab.py" line="54"/>
        <source>Replace…</source>
        <translation>החלפה…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/cards_tab.py" line="55"/>
        <source>Remove…</source>
        <translation>הסרה…</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/customers/cards_tab.py" line="66"/>
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n כרטיס</numerusform>
            <numerusform>%n כרטיסים</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/cards_tab.py" line="81"/>
        <source>Choose a card in the table first.</source>
        <translation>יש לבחור תחילה כרטיס בטבלה.</translation>
    </message>
</context>
<context>
    <name>ChangeModel</name>
    <message>
        <location filename="../desktop/ui/admin/audit_model.py" line="120"/>
        <source>Field</source>
        <translation>שדה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_model.py" line="121"/>
        <source>Before</source>
        <translation>לפני</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_model.py" line="122"/>
        <source>After</source>
        <translation>אחרי</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_model.py" line="145"/>
        <source>Value</source>
        <translation>ערך</translation>
    </message>
</context>
<context>
    <name>ChangeRoleDialog</name>
    <message>
        <location filename="../desktop/ui/admin/staff_dialog.py" line="150"/>
        <source>Change the role of {name}</source>
        <translation>שינוי התפקיד של {name}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_dialog.py" line="152"/>
        <source>Staff member</source>
        <translation>איש צוות</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_dialog.py" line="153"/>
        <source>Role</source>
        <translation>תפקיד</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_dialog.py" line="154"/>
        <source>Change role</source>
        <translation>שינוי תפקיד</translation>
    </message>
</context>
<context>
    <name>CheckTexts</name>
    <message>
        <location filename="../desktop/ui/dialogs/check_texts.py" line="23"/>
        <source>Database</source>
        <translation>מסד הנתונים</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/check_texts.py" line="24"/>
        <source>Schema version</source>
        <translation>גרסת המבנה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/check_texts.py" line="25"/>
        <source>Keyring</source>
        <translation>מחזיק המפתחות</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/check_texts.py" line="26"/>
        <source>Link-signing key</source>
        <translation>מפתח חתימת הקישורים</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/check_texts.py" line="27"/>
        <source>Mail server</source>
        <translation>שרת הדואר</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/check_texts.py" line="28"/>
        <source>Payment gateway</source>
        <translation>שער התשלומים</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/check_texts.py" line="29"/>
        <source>Time zone and clock</source>
        <translation>אזור זמן ושעון</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/check_texts.py" line="36"/>
        <source>passed</source>
        <translation>עבר</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/check_texts.py" line="37"/>
        <source>did not pass</source>
        <translation>לא עבר</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/check_texts.py" line="38"/>
        <source>not checked</source>
        <translation>לא נבדק</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/check_texts.py" line="51"/>
        <source>Not checked: the database could not be checked</source>
        <translation>לא נבדק: לא ניתן היה לבדוק את מסד הנתונים</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/check_texts.py" line="54"/>
        <source>Not checked: the database is not at this program&apos;s version</source>
        <translation>לא נבדק: מסד הנתונים אינו בגרסה של תוכנה זו</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/check_texts.py" line="57"/>
        <source>Not checked: the keyring cannot be read</source>
        <translation>לא נבדק: לא ניתן לקרוא את מחזיק המפתחות</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/check_texts.py" line="61"/>
        <source>Not checked</source>
        <translation>לא נבדק</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs/check_texts.py" line="74"/>
        <source>{zone}; this computer&apos;s clock is %n second(s) off the database server&apos;s</source>
        <translation>
            <numerusform>אזור הזמן {zone}; השעון של המחשב הזה רחוק ב-%n שנייה משעון שרת מסד הנתונים</numerusform>
            <numerusform>אזור הזמן {zone}; השעון של המחשב הזה רחוק ב-%n שניות משעון שרת מסד הנתונים</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs/check_texts.py" line="79"/>
        <source>No answer within %n second(s)</source>
        <translation>
            <numerusform>אין תשובה בתוך %n שנייה</numerusform>
            <numerusform>אין תשובה בתוך %n שניות</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/check_texts.py" line="81"/>
        <source>Reachable: {url}</source>
        <translation>נגיש: {url}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/check_texts.py" line="82"/>
        <source>This connection cannot be used ({detail})</source>
        <translation>לא ניתן להשתמש בחיבור הזה ({detail})</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/check_texts.py" line="85"/>
        <source>There is no database file {path}</source>
        <translation>אין קובץ מסד נתונים {path}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/check_texts.py" line="86"/>
        <source>The database file {path}, remembered for this workstation, is not there; nothing was made in its place: connect its drive, or choose the connection again (Tools → Connection…)</source>
        <translation>קובץ מסד הנתונים {path}, שנשמר עבור עמדה זו, אינו נמצא; דבר לא נוצר במקומו: יש לחבר את הכונן שלו, או לבחור שוב את החיבור (כלים ← חיבור למסד הנתונים…)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/check_texts.py" line="91"/>
        <source>Cannot connect ({detail})</source>
        <translation>אין אפשרות להתחבר ({detail})</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/check_texts.py" line="92"/>
        <source>Not a RenewDesk database, or a damaged one ({detail})</source>
        <translation>זה אינו מסד נתונים של RenewDesk, או שהוא פגום ({detail})</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/check_texts.py" line="95"/>
        <source>Version {version}, this program&apos;s</source>
        <translation>גרסה {version}, של תוכנה זו</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/check_texts.py" line="96"/>
        <source>Version {version}, older than this program&apos;s {head}: it is brought up to date at the next start</source>
        <translation>גרסה {version}, ישנה מזו של תוכנה זו ({head}): היא תעודכן בהפעלה הבאה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/check_texts.py" line="100"/>
        <source>Version {version}, newer than this program&apos;s {head}: update RenewDesk on this workstation</source>
        <translation>גרסה {version}, חדשה מזו של תוכנה זו ({head}): יש לעדכן את RenewDesk בעמדה הזו</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/check_texts.py" line="104"/>
        <source>The database is empty: it is set up at the next start</source>
        <translation>מסד הנתונים ריק: הוא יוקם בהפעלה הבאה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/check_texts.py" line="107"/>
        <source>Usable ({backend})</source>
        <translation>תקין ({backend})</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/check_texts.py" line="108"/>
        <source>No usable keyring: secrets cannot be kept or read on this computer</source>
        <translation>אין מחזיק מפתחות תקין: לא ניתן לשמור או לקרוא ערכים סודיים במחשב הזה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/check_texts.py" line="111"/>
        <source>Present, and the database&apos;s key</source>
        <translation>קיים, והוא המפתח של מסד הנתונים</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/check_texts.py" line="112"/>
        <source>Not made yet: an admin makes it once, in Settings</source>
        <translation>עדיין לא נוצר: מנהל יוצר אותו פעם אחת, בהגדרות</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/check_texts.py" line="115"/>
        <source>Missing on this workstation: an admin puts the database&apos;s key here, in Settings</source>
        <translation>חסר בעמדה הזו: מנהל מזין כאן את המפתח של מסד הנתונים, בהגדרות</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/check_texts.py" line="118"/>
        <source>This workstation&apos;s key is not the database&apos;s: an admin puts the database&apos;s key here, in Settings</source>
        <translation>המפתח של העמדה הזו אינו המפתח של מסד הנתונים: מנהל מזין כאן את המפתח של מסד הנתונים, בהגדרות</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/check_texts.py" line="123"/>
        <source>{server} answers; nothing was sent</source>
        <translation>השרת {server} עונה; לא נשלח דבר</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/check_texts.py" line="124"/>
        <source>{server} did not answer ({detail})</source>
        <translation>השרת {server} לא ענה ({detail})</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/check_texts.py" line="125"/>
        <source>{server} answered with an error ({detail})</source>
        <translation>השרת {server} ענה בשגיאה ({detail})</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/check_texts.py" line="128"/>
        <source>No password for the mail server&apos;s user {user} on this workstation</source>
        <translation>אין בעמדה הזו סיסמה למשתמש {user} של שרת הדואר</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/check_texts.py" line="131"/>
        <source>E-mail is not set up: {keys} not set; an admin sets them in Settings</source>
        <translation>הדואר האלקטרוני לא הוגדר: {keys} לא נקבעו; מנהל המערכת קובע אותם בהגדרות</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/check_texts.py" line="134"/>
        <source>The sandbox gateway answers</source>
        <translation>שער הניסוי עונה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/check_texts.py" line="135"/>
        <source>The sandbox gateway cannot be reached ({detail})</source>
        <translation>אין גישה לשער הניסוי ({detail})</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/check_texts.py" line="138"/>
        <source>{zone}; this computer&apos;s clock agrees with the database server&apos;s</source>
        <translation>אזור הזמן {zone}; השעון של המחשב הזה תואם את שעון שרת מסד הנתונים</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/check_texts.py" line="141"/>
        <source>{zone}; the database is on this computer, with its clock</source>
        <translation>אזור הזמן {zone}; מסד הנתונים נמצא במחשב הזה, עם השעון שלו</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/check_texts.py" line="144"/>
        <source>The time zone {zone} is not known on this computer</source>
        <translation>אזור הזמן {zone} אינו מוכר במחשב הזה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/check_texts.py" line="147"/>
        <source>The check failed ({detail})</source>
        <translation>הבדיקה נכשלה ({detail})</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/check_texts.py" line="164"/>
        <source>{failed}, {not_run}</source>
        <translation>{failed}, {not_run}</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs/check_texts.py" line="166"/>
        <location filename="../desktop/ui/dialogs/check_texts.py" line="171"/>
        <source>%n not checked</source>
        <translation>
            <numerusform>%n בדיקה לא בוצעה</numerusform>
            <numerusform>%n בדיקות לא בוצעו</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/check_texts.py" line="172"/>
        <source>Every check passed</source>
        <translation>כל הבדיקות עברו</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs/check_texts.py" line="165"/>
        <location filename="../desktop/ui/dialogs/check_texts.py" line="169"/>
        <source>%n check(s) did not pass</source>
        <translation>
            <numerusform>%n בדיקה לא עברה</numerusform>
            <numerusform>%n בדיקות לא עברו</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <location filename="../desktop/ui/dialogs/connection_form.py" line="207"/>
        <source>kept in the keyring (leave empty to keep it)</source>
        <translation>שמורה במחזיק המפתחות (יש להשאיר ריק כדי להשתמש בה)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/connection_dialog.py" line="136"/>
        <location filename="../desktop/ui/dialogs/connection_dialog.py" line="160"/>
        <source>Testing the connection…</source>
        <translation>החיבור נבדק…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/connection_dialog.py" line="172"/>
        <source>Keeping the connection…</source>
        <translation>שומר את החיבור…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/connection_texts.py" line="43"/>
        <source>This computer has no usable keyring, so the database password cannot be kept. Start and unlock the system&apos;s keyring (for example GNOME Keyring or KWallet), then try again, or ask the administrator.</source>
        <translation>במחשב הזה אין מחזיק מפתחות שמיש, ולכן אי אפשר לשמור את סיסמת מסד הנתונים. יש להפעיל ולפתוח את מחזיק המפתחות של המערכת (למשל GNOME Keyring או KWallet) ולנסות שוב, או לפנות למנהל המערכת.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/connection_dialog.py" line="253"/>
        <source>Where is the data?</source>
        <translation>היכן נשמרים הנתונים?</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/connection_dialog.py" line="253"/>
        <source>Connection</source>
        <translation>חיבור למסד הנתונים</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/connection_texts.py" line="25"/>
        <source>Choose where this computer keeps RenewDesk&apos;s data. Several computers share the data only on the company&apos;s server.</source>
        <translation>יש לבחור היכן מחשב זה שומר את נתוני RenewDesk. כמה מחשבים יכולים לעבוד על אותם נתונים רק דרך השרת של החברה.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/connection_texts.py" line="29"/>
        <source>Choose where this computer&apos;s RenewDesk data is. The connection chosen here is remembered.</source>
        <translation>יש לבחור היכן נמצאים נתוני RenewDesk של מחשב זה. החיבור שייבחר כאן יישמר.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/connection_texts.py" line="33"/>
        <source>Change where this computer&apos;s RenewDesk data is. RenewDesk restarts to use the new connection.</source>
        <translation>שינוי המקום שבו נמצאים נתוני RenewDesk של מחשב זה. RenewDesk ייפתח מחדש כדי לעבוד עם החיבור החדש.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/connection_form.py" line="213"/>
        <source>This computer only</source>
        <translation>מחשב זה בלבד</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/connection_form.py" line="216"/>
        <source>The database file {path}</source>
        <translation>קובץ מסד הנתונים {path}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/connection_form.py" line="222"/>
        <source>A database file in {folder}</source>
        <translation>קובץ מסד נתונים בתיקייה {folder}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/connection_form.py" line="227"/>
        <source>The company&apos;s server (PostgreSQL)</source>
        <translation>השרת של החברה (PostgreSQL)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/connection_form.py" line="229"/>
        <source>Host</source>
        <translation>שרת (כתובת)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/connection_form.py" line="230"/>
        <source>Port</source>
        <translation>פורט</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/connection_form.py" line="231"/>
        <source>Database</source>
        <translation>מסד נתונים</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/connection_form.py" line="232"/>
        <source>User</source>
        <translation>משתמש</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/connection_form.py" line="233"/>
        <source>Password</source>
        <translation>סיסמה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/connection_form.py" line="234"/>
        <source>Encryption (SSL)</source>
        <translation>הצפנה (SSL)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/connection_form.py" line="237"/>
        <source>Workstation name</source>
        <translation>שם העמדה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/connection_form.py" line="239"/>
        <source>Shown in the window&apos;s title and in the audit log. Empty: the computer&apos;s own name.</source>
        <translation>מוצג בכותרת החלון וביומן הביקורת. אם נשאר ריק: השם של המחשב עצמו.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/connection_dialog.py" line="256"/>
        <source>Test connection</source>
        <translation>בדיקת החיבור</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/connection_dialog.py" line="257"/>
        <source>Use this connection</source>
        <translation>שימוש בחיבור זה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/connection_dialog.py" line="259"/>
        <source>Quit</source>
        <translation>יציאה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/connection_dialog.py" line="259"/>
        <source>Cancel</source>
        <translation>ביטול</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/connection_dialog.py" line="261"/>
        <source>Help</source>
        <translation>עזרה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/connection_texts.py" line="52"/>
        <source>The connection could not be remembered: this computer&apos;s RenewDesk settings file cannot be written. Nothing was kept. Free some space or ask the administrator, then try again.</source>
        <translation>לא ניתן היה לשמור את החיבור: אי אפשר לכתוב לקובץ ההגדרות של RenewDesk במחשב זה. דבר לא נשמר. יש לפנות מקום בדיסק או לפנות למנהל המערכת, ולנסות שוב.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/connection_texts.py" line="61"/>
        <source>The workstation name remembered on this computer cannot be used: correct it below. The connection is filled in as it was remembered.</source>
        <translation>אי אפשר להשתמש בשם העמדה שנשמר במחשב הזה: יש לתקן אותו למטה. החיבור מולא כפי שנשמר.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/connection_texts.py" line="65"/>
        <source>The connection remembered on this computer could not be read: choose it again.</source>
        <translation>לא ניתן לקרוא את החיבור שנשמר במחשב זה: יש לבחור אותו מחדש.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/connection_texts.py" line="99"/>
        <source>Connected: a RenewDesk database, ready to use.</source>
        <translation>החיבור הצליח: מסד נתונים של RenewDesk, מוכן לשימוש.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/connection_texts.py" line="102"/>
        <source>Connected: the database is empty, RenewDesk will set it up.</source>
        <translation>החיבור הצליח: מסד הנתונים ריק, ו־RenewDesk יכין אותו לעבודה.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/connection_texts.py" line="105"/>
        <source>Connected: a RenewDesk database of an older version. It is brought up to date when it is opened.</source>
        <translation>החיבור הצליח: מסד נתונים של גרסה ישנה יותר של RenewDesk. הוא יעודכן כשייפתח.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/connection_texts.py" line="109"/>
        <source>This database was made by a newer version of RenewDesk: update RenewDesk on this computer first.</source>
        <translation>מסד הנתונים הזה נוצר בגרסה חדשה יותר של RenewDesk: יש לעדכן קודם את RenewDesk במחשב זה.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/connection_texts.py" line="113"/>
        <source>This is not a RenewDesk database (another program&apos;s, or damaged): it cannot be used.</source>
        <translation>זה אינו מסד נתונים של RenewDesk (של תוכנה אחרת, או פגום): אי אפשר להשתמש בו.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/connection_texts.py" line="117"/>
        <source>A database file on a network share can be damaged when several computers use it: put the data on the company&apos;s server instead.</source>
        <translation>קובץ מסד נתונים בתיקייה משותפת ברשת עלול להיפגם כשכמה מחשבים עובדים עליו: יש לשמור את הנתונים בשרת של החברה במקום זאת.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/connection_texts.py" line="121"/>
        <source>The server does not answer: check the host and the port, and that the server is running.</source>
        <translation>השרת אינו עונה: יש לבדוק את כתובת השרת ואת הפורט, ושהשרת פועל.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/connection_texts.py" line="125"/>
        <source>The server does not offer encrypted connections: choose another encryption setting or ask the administrator.</source>
        <translation>השרת אינו מציע חיבורים מוצפנים: יש לבחור הגדרת הצפנה אחרת או לפנות למנהל המערכת.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/connection_texts.py" line="129"/>
        <source>The server refused the user or the password.</source>
        <translation>השרת דחה את המשתמש או את הסיסמה.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/connection_texts.py" line="132"/>
        <source>The server has no database of this name: ask for it to be created (empty) first.</source>
        <translation>בשרת אין מסד נתונים בשם הזה: יש לבקש ליצור אותו (ריק) קודם.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/connection_texts.py" line="136"/>
        <source>This connection cannot be used.</source>
        <translation>אי אפשר להשתמש בחיבור הזה.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/connection_texts.py" line="143"/>
        <source>Off</source>
        <translation>כבויה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/connection_texts.py" line="144"/>
        <source>When the server offers it</source>
        <translation>כשהשרת מציע אותה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/connection_texts.py" line="145"/>
        <source>Required</source>
        <translation>חובה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/connection_texts.py" line="146"/>
        <source>Required, with the server&apos;s certificate checked</source>
        <translation>חובה, עם בדיקת האישור של השרת</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../desktop/ui/customers/contact_dialog.py" line="85"/>
        <source>New billing contact</source>
        <translation>איש קשר לחיוב חדש</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/contact_dialog.py" line="88"/>
        <source>A billing contact of {customer}: the name, company, address and tax ID printed on the documents they are billed by.</source>
        <translation>איש קשר לחיוב של {customer}: השם, החברה, הכתובת ומספר העוסק שיודפסו על המסמכים שבהם הוא מחויב.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/contact_dialog.py" line="92"/>
        <source>Edit billing contact {ref}</source>
        <translation>עריכת איש הקשר לחיוב {ref}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/contact_dialog.py" line="93"/>
        <source>Documents already issued keep the details they were issued with.</source>
        <translation>מסמכים שכבר הופקו שומרים על הפרטים שאיתם הופקו.</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <location filename="../desktop/ui/customers/contacts_tab.py" line="44"/>
        <source>Name</source>
        <translation>שם</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/contacts_tab.py" line="45"/>
        <source>Ref</source>
        <translation>מזהה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/contacts_tab.py" line="46"/>
        <source>Company</source>
        <translation>חברה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/contacts_tab.py" line="47"/>
        <source>E-mail</source>
        <translation>דוא״ל</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/contacts_tab.py" line="48"/>
        <source>Phone</source>
        <translation>טלפון</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/contacts_tab.py" line="49"/>
        <source>Tax ID</source>
        <translation>מספר עוסק / ח״פ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/contacts_tab.py" line="50"/>
        <source>Services billed</source>
        <translation>שירותים מחויבים</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/contacts_tab.py" line="58"/>
        <source>The contact&apos;s ref, as the commands take it: proforma issue --contact, recurring on --contact</source>
        <translation>מזהה איש הקשר, כפי שהפקודות מקבלות אותו: proforma issue --contact,‏ recurring on --contact</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/contacts_tab.py" line="72"/>
        <source>{total} ({active} with auto-renew on)</source>
        <translation>{total} (ב-{active} חידוש אוטומטי פעיל)</translation>
    </message>
</context>
<context>
    <name>ContactsTab</name>
    <message>
        <location filename="../desktop/ui/customers/contacts_tab.py" line="148"/>
        <source>Contacts</source>
        <translation>אנשי קשר</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/contacts_tab.py" line="151"/>
        <source>Add…</source>
        <translation>הוספה…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/contacts_tab.py" line="152"/>
        <source>Edit…</source>
        <translation>עריכה…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/contacts_tab.py" line="153"/>
        <source>Remove…</source>
        <translation>הסרה…</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/customers/contacts_tab.py" line="160"/>
        <source>%n billing contact(s)</source>
        <translation>
            <numerusform>איש קשר %n לחיוב</numerusform>
            <numerusform>%n אנשי קשר לחיוב</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/contacts_tab.py" line="173"/>
        <source>Choose a customer first</source>
        <translation>יש לבחור לקוח תחילה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/contacts_tab.py" line="174"/>
        <source>Choose a contact in the list first</source>
        <translation>יש לבחור תחילה איש קשר ברשימה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/contacts_tab.py" line="176"/>
        <source>Add a billing contact</source>
        <translation>הוספת איש קשר לחיוב</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/contacts_tab.py" line="177"/>
        <source>Edit the chosen contact</source>
        <translation>עריכת איש הקשר שנבחר</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/contacts_tab.py" line="178"/>
        <source>Remove the chosen contact</source>
        <translation>הסרת איש הקשר שנבחר</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/contacts_tab.py" line="188"/>
        <source>Billing contact {name} added ({ref}).</source>
        <translation>איש הקשר לחיוב {name} נוסף ({ref}).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/contacts_tab.py" line="199"/>
        <source>Billing contact {name} saved.</source>
        <translation>איש הקשר לחיוב {name} נשמר.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/contacts_tab.py" line="213"/>
        <source>the account holder ({name})</source>
        <translation>בעל החשבון ({name})</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/customers/contacts_tab.py" line="219"/>
        <source>Billing contact {name} removed; %n service(s) moved to {to}.</source>
        <translation>
            <numerusform>איש הקשר לחיוב {name} הוסר; שירות %n הועבר אל {to}.</numerusform>
            <numerusform>איש הקשר לחיוב {name} הוסר; %n שירותים הועברו אל {to}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/contacts_tab.py" line="223"/>
        <source>Billing contact {name} removed.</source>
        <translation>איש הקשר לחיוב {name} הוסר.</translation>
    </message>
</context>
<context>
    <name>CurrencyTotalsModel</name>
    <message numerus="yes">
        <location filename="../desktop/ui/finance/currency_totals.py" line="55"/>
        <source>%n charge(s)</source>
        <translation>
            <numerusform>%n חיוב</numerusform>
            <numerusform>%n חיובים</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/currency_totals.py" line="85"/>
        <source>Currency</source>
        <translation>מטבע</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/currency_totals.py" line="86"/>
        <source>Total</source>
        <translation>סה״כ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/currency_totals.py" line="87"/>
        <source>At risk</source>
        <translation>בסיכון</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/currency_totals.py" line="88"/>
        <source>Safe</source>
        <translation>ללא סיכון</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/currency_totals.py" line="89"/>
        <source>Charges</source>
        <translation>חיובים</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <location filename="../desktop/ui/customers/customer_dialog.py" line="102"/>
        <source>Hebrew</source>
        <translation>עברית</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/customer_dialog.py" line="102"/>
        <source>Spanish</source>
        <translation>ספרדית</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/customer_dialog.py" line="102"/>
        <source>English</source>
        <translation>אנגלית</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/customer_dialog.py" line="106"/>
        <source>New customer</source>
        <translation>לקוח חדש</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/customer_dialog.py" line="109"/>
        <source>The language is that of the customer&apos;s e-mails and documents; the currency that of their prices.</source>
        <translation>השפה היא שפת הודעות הדוא״ל והמסמכים של הלקוח; המטבע הוא מטבע המחירים שלו.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/customer_dialog.py" line="112"/>
        <source>Leave empty to get the next free number (C-…)</source>
        <translation>יש להשאיר ריק לקבלת המספר הפנוי הבא (C-…)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/customer_dialog.py" line="114"/>
        <source>Edit customer {ref}</source>
        <translation>עריכת הלקוח {ref}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/customer_dialog.py" line="115"/>
        <source>Documents already issued keep the details they were issued with.</source>
        <translation>מסמכים שכבר הופקו שומרים על הפרטים שאיתם הופקו.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/customer_dialog.py" line="117"/>
        <source>The currency cannot change: the customer has services.</source>
        <translation>לא ניתן לשנות את המטבע: ללקוח יש שירותים.</translation>
    </message>
</context>
<context>
    <name>DayChart</name>
    <message>
        <location filename="../desktop/ui/finance/day_chart.py" line="169"/>
        <source>Total: {amount}</source>
        <translation>סה״כ: {amount}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/day_chart.py" line="170"/>
        <source>At risk: {amount}</source>
        <translation>בסיכון: {amount}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/day_chart.py" line="171"/>
        <source>Safe: {amount}</source>
        <translation>ללא סיכון: {amount}</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/finance/day_chart.py" line="172"/>
        <source>%n charge(s)</source>
        <translation>
            <numerusform>%n חיוב</numerusform>
            <numerusform>%n חיובים</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/day_chart.py" line="217"/>
        <source>No charges in this range</source>
        <translation>אין חיובים בטווח זה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/day_chart.py" line="244"/>
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
    <name>DocumentDialog</name>
    <message>
        <location filename="../desktop/ui/documents/document_dialog.py" line="56"/>
        <source>Proforma {number}</source>
        <translation>חשבון עסקה {number}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/documents/document_dialog.py" line="59"/>
        <source>Invoice {number}</source>
        <translation>חשבונית {number}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/documents/document_dialog.py" line="62"/>
        <source>Loading the document…</source>
        <translation>טוען את המסמך…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/documents/document_dialog.py" line="67"/>
        <source>Save as PDF…</source>
        <translation>שמירה כ-PDF…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/documents/document_dialog.py" line="70"/>
        <source>Print…</source>
        <translation>הדפסה…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/documents/document_dialog.py" line="73"/>
        <source>E-mail to the billing contact</source>
        <translation>שליחה בדוא״ל לאיש הקשר לחיוב</translation>
    </message>
    <message>
        <location filename="../desktop/ui/documents/document_dialog.py" line="122"/>
        <source>To the customer&apos;s e-mail address</source>
        <translation>לכתובת הדוא״ל של הלקוח</translation>
    </message>
    <message>
        <location filename="../desktop/ui/documents/document_dialog.py" line="126"/>
        <source>To {address}, with the PDF attached</source>
        <translation>אל {address}, עם קובץ ה-PDF מצורף</translation>
    </message>
    <message>
        <location filename="../desktop/ui/documents/document_dialog.py" line="153"/>
        <source>Saved as {file}.</source>
        <translation>נשמר בשם {file}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/documents/document_dialog.py" line="161"/>
        <source>Sent to the printer.</source>
        <translation>נשלח למדפסת.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/documents/document_dialog.py" line="185"/>
        <source>Queuing the e-mail…</source>
        <translation>מכניס את הדוא״ל לתור…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/documents/document_dialog.py" line="199"/>
        <source>E-mail to {address} queued with the PDF attached; the outbox sends it.</source>
        <translation>דוא״ל אל {address} נכנס לתור עם קובץ ה-PDF מצורף; תיבת הדואר היוצא תשלח אותו.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/documents/document_dialog.py" line="204"/>
        <source>E-mail to the customer queued with the PDF attached; the outbox sends it.</source>
        <translation>דוא״ל ללקוח נכנס לתור עם קובץ ה-PDF מצורף; תיבת הדואר היוצא תשלח אותו.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/documents/document_dialog.py" line="213"/>
        <source>Its e-mail to {address} is already in the outbox, not queued again: {state}. The outbox tries again by itself; an administrator&apos;s Retry now in Tools &gt; E-mails… tries at once.</source>
        <translation>הודעת הדוא״ל שלו אל {address} כבר בתיבת הדואר היוצא, לא נוספה לתור שוב: {state}. תיבת הדואר היוצא תנסה שוב מעצמה; ״ניסיון חוזר עכשיו״ של מנהל מערכת בכלים &gt; הודעות דוא״ל… ינסה מיד.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/documents/document_dialog.py" line="220"/>
        <source>Already e-mailed to {address}: {state}. Send it again?</source>
        <translation>כבר נשלח בדוא״ל אל {address}: {state}. לשלוח שוב?</translation>
    </message>
    <message>
        <location filename="../desktop/ui/documents/document_dialog.py" line="223"/>
        <source>Send again?</source>
        <translation>לשלוח שוב?</translation>
    </message>
    <message>
        <location filename="../desktop/ui/documents/document_dialog.py" line="227"/>
        <source>Not sent again: it was e-mailed to {address}, {state}.</source>
        <translation>לא נשלח שוב: הוא נשלח בדוא״ל אל {address}, {state}.</translation>
    </message>
</context>
<context>
    <name>DocumentTexts</name>
    <message>
        <location filename="../desktop/ui/customers/document_texts.py" line="16"/>
        <source>open</source>
        <translation>פתוח</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/document_texts.py" line="17"/>
        <source>paid</source>
        <translation>שולם</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/document_texts.py" line="18"/>
        <source>cancelled</source>
        <translation>בוטל</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/document_texts.py" line="19"/>
        <source>expired</source>
        <translation>פג תוקף</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/document_texts.py" line="43"/>
        <source>Bank transfer</source>
        <translation>העברה בנקאית</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/document_texts.py" line="44"/>
        <source>Cash</source>
        <translation>מזומן</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/document_texts.py" line="45"/>
        <source>Cheque</source>
        <translation>צ׳ק</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/document_texts.py" line="46"/>
        <source>Card charged now</source>
        <translation>חיוב כרטיס עכשיו</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/document_texts.py" line="53"/>
        <source>Already charged automatically: left out</source>
        <translation>כבר חויב אוטומטית: לא נכלל</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/document_texts.py" line="56"/>
        <source>The service was deleted: left out</source>
        <translation>השירות נמחק: לא נכלל</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/document_texts.py" line="59"/>
        <source>Already paid on another proforma: left out</source>
        <translation>כבר שולם בחשבון עסקה אחר: לא נכלל</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/document_texts.py" line="68"/>
        <source>Automatic charge</source>
        <translation>חיוב אוטומטי</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/document_texts.py" line="69"/>
        <source>Proforma {number}</source>
        <translation>חשבון עסקה {number}</translation>
    </message>
</context>
<context>
    <name>DocumentWords</name>
    <message>
        <location filename="../desktop/ui/documents/document_words.py" line="20"/>
        <source>Proforma {number}</source>
        <translation>חשבון עסקה {number}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/documents/document_words.py" line="21"/>
        <source>Tax invoice {number}</source>
        <translation>חשבונית מס {number}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/documents/document_words.py" line="22"/>
        <source>This proforma is not a tax invoice. A tax invoice is issued when it is paid.</source>
        <translation>חשבון עסקה זה אינו חשבונית מס. חשבונית מס תופק עם התשלום.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/documents/document_words.py" line="25"/>
        <source>Customer number</source>
        <translation>מספר לקוח</translation>
    </message>
    <message>
        <location filename="../desktop/ui/documents/document_words.py" line="26"/>
        <source>Date</source>
        <translation>תאריך</translation>
    </message>
    <message>
        <location filename="../desktop/ui/documents/document_words.py" line="27"/>
        <source>Valid until</source>
        <translation>בתוקף עד</translation>
    </message>
    <message>
        <location filename="../desktop/ui/documents/document_words.py" line="28"/>
        <source>Bill to</source>
        <translation>לכבוד</translation>
    </message>
    <message>
        <location filename="../desktop/ui/documents/document_words.py" line="29"/>
        <source>Tax ID: {tax_id}</source>
        <translation>מספר עוסק: {tax_id}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/documents/document_words.py" line="30"/>
        <source>Service</source>
        <translation>שירות</translation>
    </message>
    <message>
        <location filename="../desktop/ui/documents/document_words.py" line="31"/>
        <source>Period</source>
        <translation>תקופה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/documents/document_words.py" line="32"/>
        <source>Amount</source>
        <translation>סכום</translation>
    </message>
    <message>
        <location filename="../desktop/ui/documents/document_words.py" line="33"/>
        <source>Total</source>
        <translation>סה״כ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/documents/document_words.py" line="34"/>
        <source>How to pay</source>
        <translation>אופן התשלום</translation>
    </message>
    <message>
        <location filename="../desktop/ui/documents/document_words.py" line="35"/>
        <source>Payment</source>
        <translation>תשלום</translation>
    </message>
    <message>
        <location filename="../desktop/ui/documents/document_words.py" line="36"/>
        <source>Paid {amount} on {date} by {method}</source>
        <translation>שולם בתאריך {date}: {amount}, {method}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/documents/document_words.py" line="38"/>
        <source>Total of the proforma</source>
        <translation>סך חשבון העסקה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/documents/document_words.py" line="39"/>
        <source>Not charged (lines left out)</source>
        <translation>לא חויב (שורות שלא נכללו)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/documents/document_words.py" line="40"/>
        <source>Amount paid</source>
        <translation>הסכום ששולם</translation>
    </message>
    <message>
        <location filename="../desktop/ui/documents/document_words.py" line="59"/>
        <source>card {card}</source>
        <translation>כרטיס אשראי {card}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/documents/document_words.py" line="61"/>
        <source>Not charged: this period was already charged automatically</source>
        <translation>לא חויב: התקופה הזו כבר חויבה באופן אוטומטי</translation>
    </message>
    <message>
        <location filename="../desktop/ui/documents/document_words.py" line="64"/>
        <source>Not charged: this period was already paid on another proforma</source>
        <translation>לא חויב: התקופה הזו כבר שולמה בחשבון עסקה אחר</translation>
    </message>
    <message>
        <location filename="../desktop/ui/documents/document_words.py" line="67"/>
        <source>Not charged: the service no longer exists</source>
        <translation>לא חויב: השירות כבר אינו קיים</translation>
    </message>
    <message>
        <location filename="../desktop/ui/documents/document_words.py" line="41"/>
        <source>Reference: {reference}</source>
        <translation>אסמכתה: {reference}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/documents/document_words.py" line="42"/>
        <source>For proforma {number}</source>
        <translation>עבור חשבון עסקה {number}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/documents/document_words.py" line="43"/>
        <source>Automatic renewal charged to the card on file</source>
        <translation>חידוש אוטומטי שחויב בכרטיס האשראי השמור</translation>
    </message>
    <message>
        <location filename="../desktop/ui/documents/document_words.py" line="44"/>
        <source>Domain</source>
        <translation>דומיין</translation>
    </message>
    <message>
        <location filename="../desktop/ui/documents/document_words.py" line="45"/>
        <source>Hosting package</source>
        <translation>חבילת אחסון</translation>
    </message>
    <message>
        <location filename="../desktop/ui/documents/document_words.py" line="48"/>
        <source>PAID</source>
        <translation>שולם</translation>
    </message>
    <message>
        <location filename="../desktop/ui/documents/document_words.py" line="49"/>
        <source>CANCELLED</source>
        <translation>מבוטל</translation>
    </message>
    <message>
        <location filename="../desktop/ui/documents/document_words.py" line="50"/>
        <source>EXPIRED</source>
        <translation>פג תוקף</translation>
    </message>
    <message>
        <location filename="../desktop/ui/documents/document_words.py" line="53"/>
        <source>bank transfer</source>
        <translation>העברה בנקאית</translation>
    </message>
    <message>
        <location filename="../desktop/ui/documents/document_words.py" line="54"/>
        <source>cash</source>
        <translation>מזומן</translation>
    </message>
    <message>
        <location filename="../desktop/ui/documents/document_words.py" line="55"/>
        <source>cheque</source>
        <translation>צ׳ק</translation>
    </message>
    <message>
        <location filename="../desktop/ui/documents/document_words.py" line="56"/>
        <source>card</source>
        <translation>כרטיס אשראי</translation>
    </message>
    <message>
        <location filename="../desktop/ui/documents/document_words.py" line="58"/>
        <source>card ending in {last4}</source>
        <translation>כרטיס אשראי המסתיים ב-{last4}</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/documents/document_words.py" line="119"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n חודש</numerusform>
            <numerusform>%n חודשים</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/documents/document_words.py" line="122"/>
        <source>in %n installment(s)</source>
        <translation>
            <numerusform>בתשלום %n</numerusform>
            <numerusform>ב-%n תשלומים</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditCustomerButton</name>
    <message>
        <location filename="../desktop/ui/customers/customer_dialog.py" line="182"/>
        <source>Edit…</source>
        <translation>עריכה…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/customer_dialog.py" line="196"/>
        <source>Edit the customer&apos;s name, e-mail, phone, language, currency, address and tax ID</source>
        <translation>עריכת השם, הדוא״ל, הטלפון, השפה, המטבע, הכתובת ומספר העוסק של הלקוח</translation>
    </message>
</context>
<context>
    <name>EmailsDialog</name>
    <message>
        <location filename="../desktop/ui/mail/emails_dialog.py" line="15"/>
        <source>E-mails</source>
        <translation>הודעות דוא״ל</translation>
    </message>
</context>
<context>
    <name>EventsModel</name>
    <message>
        <location filename="../desktop/ui/admin/operations_dialog.py" line="132"/>
        <source>Event</source>
        <translation>אירוע</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/operations_dialog.py" line="133"/>
        <source>Customer</source>
        <translation>לקוח</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/operations_dialog.py" line="134"/>
        <source>Service</source>
        <translation>שירות</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/operations_dialog.py" line="135"/>
        <source>Due</source>
        <translation>מועד</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/operations_dialog.py" line="136"/>
        <source>Amount</source>
        <translation>סכום</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/operations_dialog.py" line="137"/>
        <source>Reason</source>
        <translation>סיבה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/operations_dialog.py" line="138"/>
        <source>E-mail</source>
        <translation>דוא״ל</translation>
    </message>
</context>
<context>
    <name>ExportJob</name>
    <message>
        <location filename="../desktop/ui/finance/export_job.py" line="29"/>
        <source>Export</source>
        <translation>ייצוא</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/finance/export_job.py" line="31"/>
        <source>Writing %n row(s) to {file}…</source>
        <translation>
            <numerusform>%n שורה נכתבת לקובץ {file}…</numerusform>
            <numerusform>%n שורות נכתבות לקובץ {file}…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/export_job.py" line="33"/>
        <source>Cancel</source>
        <translation>ביטול</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/export_job.py" line="50"/>
        <source>Cancelling…</source>
        <translation>בביטול…</translation>
    </message>
</context>
<context>
    <name>ExportWording</name>
    <message>
        <location filename="../desktop/ui/finance/export_wording.py" line="20"/>
        <source>Customer number</source>
        <translation>מספר לקוח</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/export_wording.py" line="21"/>
        <source>Kind</source>
        <translation>סוג</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/export_wording.py" line="22"/>
        <source>Currency</source>
        <translation>מטבע</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/export_wording.py" line="23"/>
        <source>Card brand</source>
        <translation>סוג כרטיס</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/export_wording.py" line="24"/>
        <source>Card, last 4 digits</source>
        <translation>4 ספרות אחרונות של הכרטיס</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/export_wording.py" line="25"/>
        <source>Card expiry</source>
        <translation>תוקף הכרטיס</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/export_wording.py" line="26"/>
        <source>At risk</source>
        <translation>בסיכון</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/export_wording.py" line="27"/>
        <source>Charges</source>
        <translation>חיובים</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/export_wording.py" line="28"/>
        <source>Totals</source>
        <translation>סיכומים</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/export_wording.py" line="29"/>
        <source>Domain</source>
        <translation>דומיין</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/export_wording.py" line="30"/>
        <source>Hosting</source>
        <translation>אחסון</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/export_wording.py" line="31"/>
        <source>Proforma</source>
        <translation>חשבון עסקה</translation>
    </message>
</context>
<context>
    <name>FieldDialog</name>
    <message>
        <location filename="../desktop/ui/customers/field_dialog.py" line="138"/>
        <source>As printed on documents; one line each</source>
        <translation>כפי שתודפס על מסמכים; כל חלק בשורה משלו</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/field_dialog.py" line="139"/>
        <source>Save</source>
        <translation>שמירה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/field_dialog.py" line="140"/>
        <source>Cancel</source>
        <translation>ביטול</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/field_dialog.py" line="145"/>
        <source>Saved meanwhile by someone else: {value}</source>
        <translation>מישהו אחר שמר בינתיים: {value}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/field_dialog.py" line="146"/>
        <source>(empty)</source>
        <translation>(ריק)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/field_dialog.py" line="232"/>
        <source>Someone else changed this meanwhile: it is shown as it is now.</source>
        <translation>מישהו אחר שינה את הפרטים בינתיים: הם מוצגים כפי שהם עכשיו.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/field_dialog.py" line="277"/>
        <source>Your changes are kept: check them against what is shown and save again.</source>
        <translation>השינויים שלך נשארו בטופס: יש לבדוק אותם מול מה שמוצג ולשמור שוב.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/field_dialog.py" line="177"/>
        <source>Saving…</source>
        <translation>בשמירה…</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../desktop/ui/field_texts.py" line="15"/>
        <source>Reference</source>
        <translation>מזהה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/field_texts.py" line="16"/>
        <source>Name</source>
        <translation>שם</translation>
    </message>
    <message>
        <location filename="../desktop/ui/field_texts.py" line="17"/>
        <source>Company</source>
        <translation>חברה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/field_texts.py" line="18"/>
        <source>E-mail</source>
        <translation>דוא״ל</translation>
    </message>
    <message>
        <location filename="../desktop/ui/field_texts.py" line="19"/>
        <source>Phone</source>
        <translation>טלפון</translation>
    </message>
    <message>
        <location filename="../desktop/ui/field_texts.py" line="20"/>
        <source>Language</source>
        <translation>שפה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/field_texts.py" line="21"/>
        <source>Currency</source>
        <translation>מטבע</translation>
    </message>
    <message>
        <location filename="../desktop/ui/field_texts.py" line="22"/>
        <source>Address</source>
        <translation>כתובת</translation>
    </message>
    <message>
        <location filename="../desktop/ui/field_texts.py" line="23"/>
        <source>Tax ID</source>
        <translation>מספר עוסק / ח״פ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/field_texts.py" line="24"/>
        <source>Card number</source>
        <translation>מספר כרטיס</translation>
    </message>
    <message>
        <location filename="../desktop/ui/field_texts.py" line="25"/>
        <source>Card holder</source>
        <translation>בעל הכרטיס</translation>
    </message>
    <message>
        <location filename="../desktop/ui/field_texts.py" line="26"/>
        <source>Expiry</source>
        <translation>תוקף</translation>
    </message>
    <message>
        <location filename="../desktop/ui/field_texts.py" line="27"/>
        <source>Payment date</source>
        <translation>תאריך התשלום</translation>
    </message>
    <message>
        <location filename="../desktop/ui/field_texts.py" line="28"/>
        <source>Reference of the payment</source>
        <translation>אסמכתת התשלום</translation>
    </message>
    <message>
        <location filename="../desktop/ui/field_texts.py" line="29"/>
        <source>Amount</source>
        <translation>סכום</translation>
    </message>
    <message>
        <location filename="../desktop/ui/field_texts.py" line="40"/>
        <source>To continue, fill in correctly: {fields}.</source>
        <translation>כדי להמשיך, יש למלא נכון: {fields}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/field_texts.py" line="49"/>
        <source>Use letters, digits and . _ : - only.</source>
        <translation>יש להשתמש באותיות לטיניות, בספרות ובתווים . _ : - בלבד.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/field_texts.py" line="50"/>
        <source>This is not an e-mail address such as name@example.com.</source>
        <translation>זו אינה כתובת דוא״ל כמו name@example.com.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/field_texts.py" line="53"/>
        <source>Use digits, spaces and + ( ) . / - only.</source>
        <translation>יש להשתמש בספרות, ברווחים ובתווים + ( ) . / - בלבד.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/field_texts.py" line="54"/>
        <source>Type the name on the card, not its number.</source>
        <translation>יש להקליד את השם שעל הכרטיס, לא את מספרו.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/field_texts.py" line="55"/>
        <source>Write the expiry as MM/YYYY.</source>
        <translation>יש לכתוב את התוקף בצורה MM/YYYY.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/field_texts.py" line="56"/>
        <source>This is not an amount.</source>
        <translation>זה אינו סכום.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/field_texts.py" line="57"/>
        <source>This is not a currency code such as ILS, EUR or USD.</source>
        <translation>זה אינו קוד מטבע כמו ILS, EUR או USD.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/field_texts.py" line="60"/>
        <source>Choose Hebrew, Spanish or English.</source>
        <translation>יש לבחור עברית, ספרדית או אנגלית.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/field_texts.py" line="71"/>
        <source>Fill this in.</source>
        <translation>יש למלא שדה זה.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/field_texts.py" line="72"/>
        <source>Too long: at most {detail} characters.</source>
        <translation>ארוך מדי: לכל היותר {detail} תווים.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/field_texts.py" line="73"/>
        <source>Contains an invisible or control character that cannot be kept.</source>
        <translation>מכיל תו בלתי נראה או תו בקרה שאי אפשר לשמור.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/field_texts.py" line="76"/>
        <source>Not written as expected ({detail}).</source>
        <translation>לא נכתב בצורה הנדרשת ({detail}).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/field_texts.py" line="77"/>
        <source>Not one of: {detail}.</source>
        <translation>אינו אחד מאלה: {detail}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/field_texts.py" line="78"/>
        <source>This is not a valid card number: a digit is probably mistyped.</source>
        <translation>זה אינו מספר כרטיס תקין: כנראה שספרה הוקלדה בטעות.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/field_texts.py" line="81"/>
        <source>This expiry is in the past.</source>
        <translation>תאריך התוקף הזה כבר עבר.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/field_texts.py" line="82"/>
        <source>A payment cannot be dated after today.</source>
        <translation>אי אפשר לרשום תשלום בתאריך מאוחר מהיום.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/field_texts.py" line="83"/>
        <source>A payment cannot be dated before the proforma was issued ({detail}).</source>
        <translation>אי אפשר לרשום תשלום בתאריך מוקדם מהפקת חשבון העסקה ({detail}).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/field_texts.py" line="86"/>
        <source>This holds a card number (ending {detail}). Card numbers are never kept in other fields: add the card on the Cards tab.</source>
        <translation>השדה מכיל מספר כרטיס (המסתיים ב-{detail}). מספרי כרטיסים לעולם אינם נשמרים בשדות אחרים: יש להוסיף את הכרטיס בלשונית הכרטיסים.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/field_texts.py" line="90"/>
        <source>The amount must be the amount due: {detail}.</source>
        <translation>הסכום חייב להיות הסכום לתשלום: {detail}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/field_texts.py" line="99"/>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
</context>
<context>
    <name>FinanceReasons</name>
    <message>
        <location filename="../desktop/ui/finance/reasons.py" line="15"/>
        <source>Charge date missed by more than the grace days</source>
        <translation>מועד החיוב חלף ותקופת החסד הסתיימה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/reasons.py" line="18"/>
        <source>Auto-renew is on but no renewal was planned</source>
        <translation>החידוש האוטומטי פעיל, אך לא תוכנן חידוש</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/reasons.py" line="21"/>
        <source>No price in the price list</source>
        <translation>אין מחיר במחירון</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/reasons.py" line="22"/>
        <source>The notice of this charge could not be sent</source>
        <translation>לא ניתן היה לשלוח את ההודעה על החיוב הזה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/reasons.py" line="31"/>
        <source>Needs attention: {reason}</source>
        <translation>דורש טיפול: {reason}</translation>
    </message>
</context>
<context>
    <name>FinanceWindow</name>
    <message>
        <location filename="../desktop/ui/finance/finance_window.py" line="58"/>
        <source>RenewDesk finance — {name}</source>
        <translation>כספים ב־RenewDesk — {name}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/export_wording.py" line="60"/>
        <location filename="../desktop/ui/finance/finance_window.py" line="64"/>
        <source>Upcoming charges</source>
        <translation>חיובים צפויים</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/export_wording.py" line="61"/>
        <location filename="../desktop/ui/finance/finance_window.py" line="65"/>
        <source>Past results</source>
        <translation>תוצאות קודמות</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/export_wording.py" line="62"/>
        <location filename="../desktop/ui/finance/finance_window.py" line="66"/>
        <source>Invoices</source>
        <translation>חשבוניות</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/finance_window.py" line="80"/>
        <source>Re&amp;fresh</source>
        <translation>&amp;רענון</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/finance_window.py" line="83"/>
        <source>Export &amp;CSV…</source>
        <translation>ייצוא &amp;קובץ CSV…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/finance_window.py" line="85"/>
        <source>Export &amp;XLSX…</source>
        <translation>ייצוא &amp;גיליון XLSX…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/finance_window.py" line="87"/>
        <source>&amp;Close</source>
        <translation>&amp;סגירה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/finance_window.py" line="90"/>
        <source>&amp;File</source>
        <translation>&amp;קובץ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/finance_window.py" line="97"/>
        <source>Finance</source>
        <translation>כספים</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/finance_window.py" line="167"/>
        <source>An export is under way</source>
        <translation>ייצוא מתבצע כעת</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/finance_window.py" line="169"/>
        <source>This tab shows no rows to export</source>
        <translation>בלשונית זו אין שורות לייצוא</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/finance_window.py" line="191"/>
        <location filename="../desktop/ui/finance/finance_window.py" line="226"/>
        <location filename="../desktop/ui/finance/finance_window.py" line="342"/>
        <source>RenewDesk</source>
        <translation>RenewDesk</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/finance_window.py" line="199"/>
        <source>Opening {service}…</source>
        <translation>פתיחת {service}…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/finance_window.py" line="212"/>
        <source>This service is no longer on the account.</source>
        <translation>שירות זה כבר אינו בחשבון.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/finance_window.py" line="243"/>
        <source>CSV files (*.csv)</source>
        <translation>קובצי CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/finance_window.py" line="243"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>חוברות עבודה של Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/finance_window.py" line="273"/>
        <source>Export past results</source>
        <translation>ייצוא תוצאות קודמות</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/finance_window.py" line="292"/>
        <source>Export upcoming charges</source>
        <translation>ייצוא החיובים הצפויים</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/finance_window.py" line="255"/>
        <source>Exporting…</source>
        <translation>בייצוא…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/finance_window.py" line="310"/>
        <source>Export invoices</source>
        <translation>ייצוא חשבוניות</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/finance/finance_window.py" line="333"/>
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
        <location filename="../desktop/ui/dialogs/sign_in.py" line="355"/>
        <source>Welcome to RenewDesk</source>
        <translation>ברוכים הבאים ל־RenewDesk</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/sign_in.py" line="357"/>
        <source>Language</source>
        <translation>שפה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/sign_in.py" line="361"/>
        <source>Load demo data</source>
        <translation>טעינת נתוני הדגמה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/sign_in.py" line="362"/>
        <source>Import a file…</source>
        <translation>ייבוא קובץ…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/sign_in.py" line="363"/>
        <source>Create</source>
        <translation>יצירה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/sign_in.py" line="358"/>
        <source>Admin name</source>
        <translation>שם המנהל</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/sign_in.py" line="359"/>
        <source>Password</source>
        <translation>סיסמה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/sign_in.py" line="360"/>
        <source>Password again</source>
        <translation>אימות סיסמה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/sign_in.py" line="356"/>
        <source>The database is empty. Create the first administrator.</source>
        <translation>מסד הנתונים ריק. יש ליצור את המנהל הראשון.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/sign_in.py" line="364"/>
        <source>Cancel</source>
        <translation>ביטול</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/sign_in.py" line="366"/>
        <location filename="../desktop/ui/dialogs/sign_in.py" line="411"/>
        <source>The two passwords differ.</source>
        <translation>שתי הסיסמאות אינן זהות.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/sign_in.py" line="377"/>
        <source>Creating the administrator…</source>
        <translation>יוצרים את המנהל…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/sign_in.py" line="378"/>
        <source>Loading the demo data… This takes a moment; the window opens when it is done.</source>
        <translation>טוענים את נתוני ההדגמה… זה לוקח רגע; החלון ייפתח כשזה יסתיים.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/sign_in.py" line="379"/>
        <source>Importing the file… The window opens when it is done.</source>
        <translation>מייבאים את הקובץ… החלון ייפתח כשזה יסתיים.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/sign_in.py" line="465"/>
        <source>The file could not be read: {detail}</source>
        <translation>לא ניתן לקרוא את הקובץ: {detail}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/sign_in.py" line="467"/>
        <location filename="../desktop/ui/dialogs/sign_in.py" line="475"/>
        <source>Import a file</source>
        <translation>ייבוא קובץ</translation>
    </message>
</context>
<context>
    <name>FollowUpLauncher</name>
    <message>
        <location filename="../desktop/ui/followup/launcher.py" line="49"/>
        <source>&amp;Follow-up</source>
        <translation>&amp;מעקב</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/followup/launcher.py" line="51"/>
        <source>&amp;Follow-up (%Ln)</source>
        <translation>
            <numerusform>&amp;מעקב (%Ln)</numerusform>
            <numerusform>&amp;מעקב (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/followup/launcher.py" line="52"/>
        <source>What needs a person, most urgent first</source>
        <translation>מה שדורש טיפול אנושי, הדחוף ביותר ראשון</translation>
    </message>
</context>
<context>
    <name>FollowUpModel</name>
    <message numerus="yes">
        <location filename="../desktop/ui/followup/followup_model.py" line="35"/>
        <source>{service} and %n more</source>
        <translation>
            <numerusform>{service} ועוד %n</numerusform>
            <numerusform>{service} ועוד %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/followup/followup_model.py" line="45"/>
        <source>expired %n day(s) ago</source>
        <translation>
            <numerusform>פג לפני %n יום</numerusform>
            <numerusform>פג לפני %n ימים</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/followup/followup_model.py" line="46"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n יום</numerusform>
            <numerusform>%n ימים</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/followup/followup_model.py" line="89"/>
        <source>What</source>
        <translation>מה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/followup/followup_model.py" line="90"/>
        <source>Customer</source>
        <translation>לקוח</translation>
    </message>
    <message>
        <location filename="../desktop/ui/followup/followup_model.py" line="91"/>
        <source>Service</source>
        <translation>שירות</translation>
    </message>
    <message>
        <location filename="../desktop/ui/followup/followup_model.py" line="92"/>
        <source>Why</source>
        <translation>סיבה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/followup/followup_model.py" line="93"/>
        <source>When</source>
        <translation>מתי</translation>
    </message>
    <message>
        <location filename="../desktop/ui/followup/followup_model.py" line="94"/>
        <source>Amount</source>
        <translation>סכום</translation>
    </message>
    <message>
        <location filename="../desktop/ui/followup/followup_model.py" line="95"/>
        <source>Expires in</source>
        <translation>עד התפוגה</translation>
    </message>
</context>
<context>
    <name>FollowUpTexts</name>
    <message>
        <location filename="../desktop/ui/followup/texts.py" line="17"/>
        <source>Auto-renew stopped</source>
        <translation>החידוש האוטומטי הופסק</translation>
    </message>
    <message>
        <location filename="../desktop/ui/followup/texts.py" line="18"/>
        <source>Charge needs attention</source>
        <translation>חיוב דורש טיפול</translation>
    </message>
    <message>
        <location filename="../desktop/ui/followup/texts.py" line="19"/>
        <source>Card expires before the charge</source>
        <translation>תוקף הכרטיס יפוג לפני החיוב</translation>
    </message>
    <message>
        <location filename="../desktop/ui/followup/texts.py" line="22"/>
        <source>E-mail given up</source>
        <translation>שליחת הדוא״ל נכשלה סופית</translation>
    </message>
    <message>
        <location filename="../desktop/ui/followup/texts.py" line="23"/>
        <source>Proforma expired</source>
        <translation>תוקף חשבון העסקה פג</translation>
    </message>
    <message>
        <location filename="../desktop/ui/followup/texts.py" line="24"/>
        <source>Money received, not applied</source>
        <translation>כסף שהתקבל ולא שויך</translation>
    </message>
    <message>
        <location filename="../desktop/ui/followup/texts.py" line="27"/>
        <source>Card payment outcome unknown</source>
        <translation>תוצאת חיוב הכרטיס לא ידועה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/followup/texts.py" line="36"/>
        <source>Replace card…</source>
        <translation>החלפת כרטיס…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/followup/texts.py" line="37"/>
        <source>Switch on again…</source>
        <translation>הפעלה מחדש…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/followup/texts.py" line="38"/>
        <source>Send a renew link</source>
        <translation>שליחת קישור לחידוש</translation>
    </message>
    <message>
        <location filename="../desktop/ui/followup/texts.py" line="39"/>
        <source>Send the e-mail again</source>
        <translation>שליחה חוזרת של הדוא״ל</translation>
    </message>
    <message>
        <location filename="../desktop/ui/followup/texts.py" line="40"/>
        <source>Record payment…</source>
        <translation>רישום תשלום…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/followup/texts.py" line="41"/>
        <source>Cancel proforma…</source>
        <translation>ביטול חשבון העסקה…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/followup/texts.py" line="42"/>
        <source>Refund to the card…</source>
        <translation>החזר לכרטיס האשראי…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/followup/texts.py" line="43"/>
        <source>Ask the gateway</source>
        <translation>בירור מול שער התשלומים</translation>
    </message>
    <message>
        <location filename="../desktop/ui/followup/texts.py" line="55"/>
        <source>The card will not be valid on the charge day</source>
        <translation>הכרטיס לא יהיה בתוקף ביום החיוב</translation>
    </message>
    <message>
        <location filename="../desktop/ui/followup/texts.py" line="57"/>
        <source>Not delivered: {mail}</source>
        <translation>לא נמסר: {mail}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/followup/texts.py" line="61"/>
        <source>Proforma {number}: the gateway never said whether card ending {last4} was charged</source>
        <translation>חשבון עסקה {number}: שער התשלומים לא השיב אם הכרטיס המסתיים ב-{last4} חויב</translation>
    </message>
    <message>
        <location filename="../desktop/ui/followup/texts.py" line="66"/>
        <source>Proforma {number}: card ending {last4} charged, its lines renewed otherwise or removed</source>
        <translation>חשבון עסקה {number}: הכרטיס המסתיים ב-{last4} חויב, והשורות שלו חודשו בדרך אחרת או הוסרו</translation>
    </message>
    <message>
        <location filename="../desktop/ui/followup/texts.py" line="71"/>
        <source>Proforma {number}: every period on it was already paid otherwise</source>
        <translation>חשבון עסקה {number}: כל התקופות שבו כבר שולמו בדרך אחרת</translation>
    </message>
    <message>
        <location filename="../desktop/ui/followup/texts.py" line="74"/>
        <source>Proforma {number} is past its validity</source>
        <translation>תוקף חשבון העסקה {number} עבר</translation>
    </message>
</context>
<context>
    <name>FollowUpWindow</name>
    <message>
        <location filename="../desktop/ui/followup/followup_window.py" line="112"/>
        <source>Show more</source>
        <translation>הצגת עוד</translation>
    </message>
    <message>
        <location filename="../desktop/ui/followup/followup_window.py" line="113"/>
        <source>Follow-up</source>
        <translation>מעקב</translation>
    </message>
    <message>
        <location filename="../desktop/ui/followup/followup_window.py" line="116"/>
        <source>Reading the follow-up list…</source>
        <translation>רשימת המעקב נטענת…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/followup/followup_window.py" line="170"/>
        <source>Nothing to follow up.</source>
        <translation>אין דבר למעקב.</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/followup/followup_window.py" line="173"/>
        <source>{shown} of %Ln row(s) to follow up, most urgent first.</source>
        <translation>
            <numerusform>{shown} מתוך %Ln פריט למעקב, הדחוף ביותר ראשון.</numerusform>
            <numerusform>{shown} מתוך %Ln פריטים למעקב, הדחופים ביותר ראשונים.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/followup/followup_window.py" line="177"/>
        <source>%n row(s) to follow up, most urgent first.</source>
        <translation>
            <numerusform>%n פריט למעקב, הדחוף ביותר ראשון.</numerusform>
            <numerusform>%n פריטים למעקב, הדחופים ביותר ראשונים.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/followup/followup_window.py" line="238"/>
        <source>A renew link for {service} is queued to {address}.</source>
        <translation>קישור לחידוש {service} ממתין לשליחה אל {address}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/followup/followup_window.py" line="250"/>
        <source>The e-mail is queued again to {address}.</source>
        <translation>הדוא״ל ממתין שוב לשליחה אל {address}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/followup/followup_window.py" line="267"/>
        <source>Cancel proforma</source>
        <translation>ביטול חשבון עסקה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/followup/followup_window.py" line="269"/>
        <source>Every period on proforma {number} was already paid otherwise, so it can no longer be paid. Cancel it?</source>
        <translation>כל התקופות בחשבון העסקה {number} כבר שולמו בדרך אחרת, ולכן אי אפשר עוד לשלם אותו. לבטל אותו?</translation>
    </message>
    <message>
        <location filename="../desktop/ui/followup/followup_window.py" line="278"/>
        <source>Proforma {number} is cancelled.</source>
        <translation>חשבון העסקה {number} בוטל.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/followup/followup_window.py" line="289"/>
        <source>Refund to the card</source>
        <translation>החזר לכרטיס האשראי</translation>
    </message>
    <message>
        <location filename="../desktop/ui/followup/followup_window.py" line="291"/>
        <source>The card ending {last4} was charged {amount} for proforma {number}, but nothing on it could take the payment. Give the {amount} back to the card through the gateway?</source>
        <translation>הכרטיס המסתיים ב-{last4} חויב ב-{amount} עבור חשבון העסקה {number}, אבל אף שורה בו לא יכלה לקבל את התשלום. להחזיר את {amount} לכרטיס דרך שער התשלומים?</translation>
    </message>
    <message>
        <location filename="../desktop/ui/followup/followup_window.py" line="301"/>
        <source>{amount} was refunded to the card ending {last4}.</source>
        <translation>{amount} הוחזרו לכרטיס המסתיים ב-{last4}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/followup/followup_window.py" line="316"/>
        <source>The gateway has no charge for proforma {number}: the card was not charged. The proforma can be paid or cancelled.</source>
        <translation>אין בשער התשלומים חיוב עבור חשבון העסקה {number}: הכרטיס לא חויב. אפשר לשלם את חשבון העסקה או לבטל אותו.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/followup/followup_window.py" line="320"/>
        <source>The card was charged: proforma {number} is paid, invoice {invoice}.</source>
        <translation>הכרטיס חויב: חשבון העסקה {number} שולם, חשבונית מס {invoice}.</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../desktop/ui/dialogs/service_history.py" line="79"/>
        <source>When</source>
        <translation>מועד</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/service_history.py" line="79"/>
        <source>What</source>
        <translation>אירוע</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/service_history.py" line="79"/>
        <source>Details</source>
        <translation>פרטים</translation>
    </message>
</context>
<context>
    <name>InvoicesModel</name>
    <message>
        <location filename="../desktop/ui/customers/invoices_model.py" line="31"/>
        <source>Invoice</source>
        <translation>חשבונית</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/invoices_model.py" line="32"/>
        <source>Date</source>
        <translation>תאריך</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/invoices_model.py" line="33"/>
        <source>Customer</source>
        <translation>לקוח</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/invoices_model.py" line="34"/>
        <source>Total</source>
        <translation>סה״כ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/invoices_model.py" line="35"/>
        <source>Addressed to</source>
        <translation>נמען</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/invoices_model.py" line="36"/>
        <source>From</source>
        <translation>מקור</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/invoices_model.py" line="37"/>
        <source>Services</source>
        <translation>שירותים</translation>
    </message>
</context>
<context>
    <name>InvoicesPanel</name>
    <message>
        <location filename="../desktop/ui/finance/invoices_panel.py" line="78"/>
        <source>Customer name, customer number or invoice number</source>
        <translation>שם לקוח, מספר לקוח או מספר חשבונית</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/invoices_panel.py" line="86"/>
        <source>Show</source>
        <translation>הצגה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/invoices_panel.py" line="114"/>
        <source>Issued from:</source>
        <translation>הונפקו מ־:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/invoices_panel.py" line="116"/>
        <source>to:</source>
        <translation>עד:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/invoices_panel.py" line="141"/>
        <source>The first day comes after the last day.</source>
        <translation>היום הראשון מאוחר מהיום האחרון.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/invoices_panel.py" line="155"/>
        <source>Loading the invoices…</source>
        <translation>החשבוניות נטענות…</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/finance/invoices_panel.py" line="170"/>
        <source>%n invoice(s)</source>
        <translation>
            <numerusform>%n חשבונית</numerusform>
            <numerusform>%n חשבוניות</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/finance/invoices_panel.py" line="173"/>
        <source>{invoices}; the newest %n are shown, an export writes them all</source>
        <translation>
            <numerusform>{invoices}; מוצגת %n האחרונה, ייצוא כותב את כולן</numerusform>
            <numerusform>{invoices}; מוצגות %n האחרונות, ייצוא כותב את כולן</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InvoicesTab</name>
    <message>
        <location filename="../desktop/ui/customers/invoices_tab.py" line="66"/>
        <source>Invoices</source>
        <translation>חשבוניות</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/invoices_tab.py" line="69"/>
        <source>View, PDF, e-mail…</source>
        <translation>הצגה, PDF, דוא״ל…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/invoices_tab.py" line="76"/>
        <source>The invoice as it prints: save it as PDF, print it or e-mail it to the billing contact</source>
        <translation>החשבונית כפי שתודפס: שמירה כ־PDF, הדפסה או שליחה בדוא״ל לאיש הקשר לחיוב</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/invoices_tab.py" line="75"/>
        <source>Choose an invoice first</source>
        <translation>יש לבחור חשבונית תחילה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/invoices_tab.py" line="85"/>
        <source>Loading the invoices…</source>
        <translation>החשבוניות נטענות…</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/customers/invoices_tab.py" line="91"/>
        <source>%n invoice(s)</source>
        <translation>
            <numerusform>%n חשבונית</numerusform>
            <numerusform>%n חשבוניות</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/customers/invoices_tab.py" line="93"/>
        <source>{invoices}, the newest %n shown</source>
        <translation>
            <numerusform>{invoices}, מוצגת %n האחרונה</numerusform>
            <numerusform>{invoices}, מוצגות %n האחרונות</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MailActions</name>
    <message>
        <location filename="../desktop/ui/mail/actions.py" line="33"/>
        <source>Retry now</source>
        <translation>ניסיון חוזר עכשיו</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mail/actions.py" line="34"/>
        <source>Send again…</source>
        <translation>שליחה חוזרת…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mail/actions.py" line="52"/>
        <source>Choose an e-mail first.</source>
        <translation>יש לבחור הודעה תחילה.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mail/actions.py" line="75"/>
        <source>The background checks are sending this e-mail right now; its state follows.</source>
        <translation>בדיקות הרקע שולחות את ההודעה הזאת ממש עכשיו; מצבה יוצג כשיסיימו.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mail/actions.py" line="84"/>
        <source>Send again</source>
        <translation>שליחה חוזרת</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mail/actions.py" line="85"/>
        <source>Send the {kind} to {address} again, as a new e-mail?</source>
        <translation>לשלוח שוב את „{kind}” אל {address} כהודעה חדשה?</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mail/actions.py" line="96"/>
        <source>A new e-mail is queued: it goes out at the next run of the checks.</source>
        <translation>הודעה חדשה נכנסה לתור: היא תישלח בהרצה הבאה של הבדיקות.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mail/actions.py" line="106"/>
        <source>Working…</source>
        <translation>בביצוע…</translation>
    </message>
</context>
<context>
    <name>MailTexts</name>
    <message>
        <location filename="../desktop/ui/mail/texts.py" line="25"/>
        <source>queued</source>
        <translation>בתור</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mail/texts.py" line="26"/>
        <source>sent</source>
        <translation>נשלחה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mail/texts.py" line="27"/>
        <source>failing</source>
        <translation>נכשלת</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mail/texts.py" line="28"/>
        <source>given up</source>
        <translation>נכשלה סופית</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mail/texts.py" line="29"/>
        <source>withdrawn</source>
        <translation>בוטלה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mail/texts.py" line="37"/>
        <source>an updated notice replaced its terms</source>
        <translation>הודעה מעודכנת החליפה את התנאים שבה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mail/texts.py" line="40"/>
        <source>the renewal it announces will not be charged (auto-renew stopped)</source>
        <translation>החידוש שעליו היא מודיעה לא יחויב (החידוש האוטומטי הופסק)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mail/texts.py" line="43"/>
        <source>the proforma was cancelled</source>
        <translation>חשבון העסקה בוטל</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mail/texts.py" line="46"/>
        <source>auto-renew was switched on again</source>
        <translation>החידוש האוטומטי הופעל מחדש</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mail/texts.py" line="55"/>
        <source>pre-charge notice</source>
        <translation>הודעה לפני חיוב</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mail/texts.py" line="56"/>
        <source>updated pre-charge notice</source>
        <translation>הודעה מעודכנת לפני חיוב</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mail/texts.py" line="57"/>
        <source>card check failed</source>
        <translation>אימות הכרטיס נכשל</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mail/texts.py" line="58"/>
        <source>charge receipt</source>
        <translation>קבלה על חיוב</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mail/texts.py" line="59"/>
        <source>charge failed</source>
        <translation>החיוב נכשל</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mail/texts.py" line="60"/>
        <source>auto-renew switched off</source>
        <translation>החידוש האוטומטי בוטל</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mail/texts.py" line="61"/>
        <source>renew link</source>
        <translation>קישור לחידוש</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mail/texts.py" line="62"/>
        <source>proforma with its PDF</source>
        <translation>חשבון עסקה עם קובץ PDF</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mail/texts.py" line="63"/>
        <source>tax invoice with its PDF</source>
        <translation>חשבונית מס עם קובץ PDF</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mail/texts.py" line="70"/>
        <source>the connection was refused</source>
        <translation>החיבור נדחה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mail/texts.py" line="71"/>
        <source>no answer in time</source>
        <translation>לא התקבלה תשובה בזמן</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mail/texts.py" line="72"/>
        <source>no such server name</source>
        <translation>אין שרת בשם הזה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mail/texts.py" line="73"/>
        <source>the network cannot reach it</source>
        <translation>הרשת לא מגיעה אליו</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mail/texts.py" line="74"/>
        <source>it closed the connection</source>
        <translation>השרת סגר את החיבור</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mail/texts.py" line="87"/>
        <source>The mail server {server} did not answer ({detail})</source>
        <translation>שרת הדואר {server} לא ענה ({detail})</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mail/texts.py" line="90"/>
        <source>The mail server {server} refused the connection ({detail})</source>
        <translation>שרת הדואר {server} דחה את החיבור ({detail})</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mail/texts.py" line="93"/>
        <source>The mail server refused the recipient&apos;s address ({detail})</source>
        <translation>שרת הדואר דחה את כתובת הנמען ({detail})</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mail/texts.py" line="96"/>
        <source>The mail server refused the sender&apos;s address ({detail})</source>
        <translation>שרת הדואר דחה את כתובת השולח ({detail})</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mail/texts.py" line="99"/>
        <source>The mail server refused the message ({detail})</source>
        <translation>שרת הדואר דחה את ההודעה ({detail})</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mail/texts.py" line="102"/>
        <source>The message cannot be sent as it is ({detail})</source>
        <translation>לא ניתן לשלוח את ההודעה כפי שהיא ({detail})</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mail/texts.py" line="105"/>
        <source>No link-signing key on the workstation that sent it ({detail})</source>
        <translation>אין מפתח חתימת קישורים בעמדה ששלחה אותה ({detail})</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mail/texts.py" line="108"/>
        <source>The keyring of the workstation that sent it could not be read ({detail})</source>
        <translation>לא ניתן היה לקרוא את מחזיק המפתחות של העמדה ששלחה אותה ({detail})</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mail/texts.py" line="111"/>
        <source>Not sent ({detail})</source>
        <translation>לא נשלחה ({detail})</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mail/texts.py" line="119"/>
        <source>nobody has made this database&apos;s key yet</source>
        <translation>עדיין לא נוצר המפתח של מסד הנתונים הזה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mail/texts.py" line="120"/>
        <source>the key is not in its keyring</source>
        <translation>המפתח אינו נמצא במחזיק המפתחות שלה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mail/texts.py" line="121"/>
        <source>its key is not this database&apos;s</source>
        <translation>המפתח שלה אינו המפתח של מסד הנתונים הזה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mail/texts.py" line="138"/>
        <source>sent {when}</source>
        <translation>נשלחה {when}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mail/texts.py" line="141"/>
        <source>not to be sent: {why}</source>
        <translation>לא תישלח: {why}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mail/texts.py" line="145"/>
        <source>queued, not sent yet</source>
        <translation>בתור, עדיין לא נשלחה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mail/texts.py" line="148"/>
        <source>withdrawn, never sent: {why}</source>
        <translation>בוטלה ולא נשלחה: {why}</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/mail/texts.py" line="152"/>
        <source>%n try(ies)</source>
        <translation>
            <numerusform>%n ניסיון</numerusform>
            <numerusform>%n ניסיונות</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/mail/texts.py" line="153"/>
        <source>failing: {why} · {tries}, next try {next}</source>
        <translation>נכשלת: {why} · {tries}, הניסיון הבא {next}</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/mail/texts.py" line="157"/>
        <source>given up after %n try(ies): {why}</source>
        <translation>
            <numerusform>נכשלה סופית אחרי %n ניסיון: {why}</numerusform>
            <numerusform>נכשלה סופית אחרי %n ניסיונות: {why}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/mail/texts.py" line="162"/>
        <source>Choose the mail server and the sender&apos;s address.</source>
        <translation>יש לבחור את שרת הדואר ואת כתובת השולח.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mail/texts.py" line="165"/>
        <source>Make the link-signing key of this database.</source>
        <translation>יש ליצור את מפתח חתימת הקישורים של מסד הנתונים הזה.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mail/texts.py" line="168"/>
        <source>Enter this database&apos;s link-signing key on this workstation.</source>
        <translation>יש להזין בעמדה הזאת את מפתח חתימת הקישורים של מסד הנתונים.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mail/texts.py" line="171"/>
        <source>This workstation&apos;s link-signing key is not this database&apos;s: enter the right one.</source>
        <translation>מפתח חתימת הקישורים בעמדה הזאת אינו של מסד הנתונים הזה: יש להזין את המפתח הנכון.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mail/texts.py" line="174"/>
        <source>This workstation&apos;s keyring cannot be read: set up a keyring.</source>
        <translation>אי אפשר לקרוא את מחזיק המפתחות של העמדה הזאת: יש להגדיר מחזיק מפתחות.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mail/texts.py" line="185"/>
        <source>Only an administrator can retry an e-mail.</source>
        <translation>רק מנהל מערכת יכול לנסות לשלוח הודעה שוב.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mail/texts.py" line="186"/>
        <source>Your role may not send e-mails again.</source>
        <translation>התפקיד שלך אינו מאפשר שליחה חוזרת של הודעות.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mail/texts.py" line="188"/>
        <source>This e-mail was withdrawn: {why}.</source>
        <translation>ההודעה בוטלה: {why}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mail/texts.py" line="192"/>
        <source>What this e-mail says no longer holds: {why}. It is not sent again.</source>
        <translation>מה שכתוב בהודעה כבר אינו נכון: {why}. היא לא תישלח שוב.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mail/texts.py" line="197"/>
        <source>This e-mail was sent: use Send again.</source>
        <translation>ההודעה נשלחה: יש להשתמש ב„שליחה חוזרת”.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mail/texts.py" line="198"/>
        <source>This e-mail is queued: it goes out at the next run of the checks.</source>
        <translation>ההודעה בתור: היא תישלח בהרצה הבאה של הבדיקות.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mail/texts.py" line="202"/>
        <source>This e-mail is still queued: it has not been sent yet.</source>
        <translation>ההודעה עדיין בתור: היא טרם נשלחה.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mail/texts.py" line="205"/>
        <source>This e-mail is still being tried: retry it, or wait until it is sent or given up.</source>
        <translation>עדיין מנסים לשלוח את ההודעה: אפשר לנסות שוב עכשיו, או להמתין עד שתישלח או שתיכשל סופית.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../desktop/ui/main_window.py" line="171"/>
        <source>&amp;Renew</source>
        <translation>&amp;חידוש</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="172"/>
        <source>Renew &amp;All</source>
        <translation>חידוש ה&amp;כול</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="173"/>
        <source>Re&amp;curring</source>
        <translation>חידוש &amp;אוטומטי</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="174"/>
        <source>Recurring A&amp;ll</source>
        <translation>חידוש אוטומטי &amp;לכל</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="175"/>
        <source>&amp;Switch auto-renew off</source>
        <translation>&amp;ביטול חידוש אוטומטי</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="176"/>
        <source>Re&amp;fresh</source>
        <translation>&amp;רענון</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="169"/>
        <source>&amp;Actions</source>
        <translation>&amp;פעולות</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="170"/>
        <source>Actions</source>
        <translation>פעולות</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="319"/>
        <location filename="../desktop/ui/main_window.py" line="458"/>
        <source>RenewDesk</source>
        <translation>RenewDesk</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="179"/>
        <location filename="../desktop/ui/main_window.py" line="329"/>
        <source>F&amp;inance</source>
        <translation>&amp;כספים</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="166"/>
        <source>&amp;File</source>
        <translation>&amp;קובץ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="167"/>
        <source>Sign &amp;out / switch user…</source>
        <translation>י&amp;ציאה מהחשבון / החלפת משתמש…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="168"/>
        <source>&amp;Quit</source>
        <translation>&amp;סגירת התוכנית</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="177"/>
        <source>&amp;New customer…</source>
        <translation>לקוח &amp;חדש…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="180"/>
        <location filename="../desktop/ui/main_window.py" line="332"/>
        <source>&amp;Upcoming charges…</source>
        <translation>&amp;חיובים צפויים…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="181"/>
        <location filename="../desktop/ui/main_window.py" line="336"/>
        <source>&amp;Tools</source>
        <translation>כ&amp;לים</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="182"/>
        <location filename="../desktop/ui/main_window.py" line="338"/>
        <source>&amp;Background checks…</source>
        <translation>&amp;בדיקות רקע…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="184"/>
        <location filename="../desktop/ui/main_window.py" line="350"/>
        <source>&amp;Audit log…</source>
        <translation>&amp;יומן ביקורת…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="185"/>
        <location filename="../desktop/ui/main_window.py" line="354"/>
        <source>&amp;Settings…</source>
        <translation>&amp;הגדרות…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="186"/>
        <location filename="../desktop/ui/main_window.py" line="357"/>
        <source>S&amp;taff…</source>
        <translation>&amp;צוות…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="187"/>
        <location filename="../desktop/ui/main_window.py" line="360"/>
        <source>&amp;Connection…</source>
        <translation>&amp;חיבור למסד הנתונים…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="188"/>
        <location filename="../desktop/ui/main_window.py" line="365"/>
        <source>&amp;Help</source>
        <translation>&amp;עזרה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="189"/>
        <location filename="../desktop/ui/main_window.py" line="367"/>
        <source>&amp;Guide to this window</source>
        <translation>&amp;מדריך לחלון זה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="190"/>
        <location filename="../desktop/ui/main_window.py" line="372"/>
        <source>&amp;About RenewDesk</source>
        <translation>&amp;אודות RenewDesk</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="196"/>
        <source>RenewDesk — {name} — {workstation}</source>
        <translation>RenewDesk — {name} — {workstation}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="232"/>
        <source>Tick services first</source>
        <translation>יש לסמן שירותים תחילה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="238"/>
        <location filename="../desktop/ui/main_window.py" line="247"/>
        <source>Choose a customer first</source>
        <translation>יש לבחור לקוח תחילה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="183"/>
        <location filename="../desktop/ui/main_window.py" line="340"/>
        <source>&amp;E-mails…</source>
        <translation>הודעות &amp;דוא״ל…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="413"/>
        <source>Settings saved.</source>
        <translation>ההגדרות נשמרו.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="424"/>
        <source>Connection</source>
        <translation>חיבור למסד הנתונים</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="424"/>
        <source>RenewDesk will restart to use the new connection.</source>
        <translation>RenewDesk ייפתח מחדש כדי לעבוד עם החיבור החדש.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="459"/>
        <source>An administrator disabled your account, so you have been signed out.</source>
        <translation>מנהל השבית את החשבון שלך, ולכן בוצעה יציאה מהמערכת.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="550"/>
        <source>Finishing the background checks…</source>
        <translation>בדיקות הרקע מסתיימות…</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../desktop/ui/messages.py" line="22"/>
        <source>Switched off by staff</source>
        <translation>בוטל על ידי הצוות</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="23"/>
        <source>Stopped: no card</source>
        <translation>הופסק: אין כרטיס</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="24"/>
        <source>Stopped: card expires before the charge</source>
        <translation>הופסק: תוקף הכרטיס יפוג לפני החיוב</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="27"/>
        <source>Stopped: card check declined</source>
        <translation>הופסק: אימות הכרטיס נדחה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="28"/>
        <source>Stopped: charge declined</source>
        <translation>הופסק: החיוב נדחה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="29"/>
        <source>Stopped: charge failed</source>
        <translation>הופסק: החיוב נכשל</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="30"/>
        <source>Stopped: no price</source>
        <translation>הופסק: אין מחיר</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="31"/>
        <source>Stopped: card removed</source>
        <translation>הופסק: הכרטיס הוסר</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="34"/>
        <source>Off</source>
        <translation>כבוי</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="40"/>
        <source>The card expires before the charge date: the charge will fail, the service may be suspended and reactivation may cost extra</source>
        <translation>תוקף הכרטיס יפוג לפני מועד החיוב: החיוב ייכשל, השירות עלול להיות מושעה והפעלתו מחדש עלולה להיות כרוכה בעלות נוספת</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="44"/>
        <source>The card was refused by the gateway</source>
        <translation>הכרטיס נדחה על ידי שער התשלומים</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="45"/>
        <source>No card is set for automatic renewal</source>
        <translation>לא הוגדר כרטיס לחידוש האוטומטי</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="46"/>
        <source>The card holder matches neither the billing contact&apos;s name nor its company</source>
        <translation>שם בעל הכרטיס אינו תואם לא לשם איש הקשר לחיוב ולא לשם החברה שלו</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="49"/>
        <source>The charge date has passed</source>
        <translation>מועד החיוב חלף</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="50"/>
        <source>The price list has no price for this renewal</source>
        <translation>אין במחירון מחיר לחידוש זה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="51"/>
        <source>The due checks left this charge to staff: it will not be made until someone acts</source>
        <translation>בדיקות המועדים העבירו את החיוב הזה לטיפול הצוות: הוא לא יבוצע עד שמישהו יטפל בו</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="60"/>
        <source>Card expires first</source>
        <translation>תוקף הכרטיס יפוג קודם</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="61"/>
        <source>Card refused</source>
        <translation>הכרטיס נדחה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="62"/>
        <source>No card</source>
        <translation>אין כרטיס</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="63"/>
        <source>Holder is not the contact</source>
        <translation>בעל הכרטיס אינו איש הקשר</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="64"/>
        <source>Charge date passed</source>
        <translation>מועד החיוב חלף</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="65"/>
        <source>No price</source>
        <translation>אין מחיר</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="66"/>
        <source>Needs attention</source>
        <translation>דורש טיפול</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="73"/>
        <source>Order</source>
        <translation>הזמנה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="74"/>
        <source>Renewal cycle</source>
        <translation>מחזור חידוש</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="75"/>
        <source>Charge</source>
        <translation>חיוב</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="76"/>
        <source>E-mail</source>
        <translation>דוא״ל</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="77"/>
        <source>Change</source>
        <translation>שינוי</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="84"/>
        <source>purchase</source>
        <translation>רכישה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="85"/>
        <source>manual renewal</source>
        <translation>חידוש ידני</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="86"/>
        <source>automatic renewal</source>
        <translation>חידוש אוטומטי</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="87"/>
        <source>waiting for its check</source>
        <translation>ממתין לאימות הכרטיס</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="88"/>
        <source>card checked, notice sent</source>
        <translation>הכרטיס אומת ונשלחה הודעה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="89"/>
        <source>charging</source>
        <translation>החיוב מתבצע</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="90"/>
        <source>charged</source>
        <translation>חויב</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="91"/>
        <source>charge failed</source>
        <translation>החיוב נכשל</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="92"/>
        <source>stopped at the card check</source>
        <translation>נעצר באימות הכרטיס</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="93"/>
        <source>needs attention</source>
        <translation>דורש טיפול</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="94"/>
        <source>no longer due</source>
        <translation>כבר לא נדרש</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="95"/>
        <source>waiting</source>
        <translation>ממתין</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="96"/>
        <source>outcome unknown</source>
        <translation>התוצאה אינה ידועה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="97"/>
        <source>succeeded</source>
        <translation>בוצע בהצלחה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="98"/>
        <source>declined</source>
        <translation>נדחה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="99"/>
        <source>not sent to the gateway</source>
        <translation>לא נשלח לשער התשלומים</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="100"/>
        <source>money received, not applied</source>
        <translation>כסף שהתקבל ולא שויך</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="101"/>
        <source>refunded</source>
        <translation>הוחזר</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="102"/>
        <source>pre-charge notice</source>
        <translation>הודעה לפני חיוב</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="103"/>
        <source>card check failed</source>
        <translation>אימות הכרטיס נכשל</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="104"/>
        <source>charge receipt</source>
        <translation>קבלה על חיוב</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="105"/>
        <source>charge failed, auto-renew stopped</source>
        <translation>החיוב נכשל, החידוש האוטומטי הופסק</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="106"/>
        <location filename="../desktop/ui/messages.py" line="110"/>
        <source>auto-renew switched off</source>
        <translation>החידוש האוטומטי בוטל</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="107"/>
        <source>proforma with its PDF</source>
        <translation>חשבון עסקה עם קובץ PDF</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="108"/>
        <source>tax invoice with its PDF</source>
        <translation>חשבונית מס עם קובץ PDF</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="109"/>
        <source>auto-renew switched on</source>
        <translation>החידוש האוטומטי הופעל</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="111"/>
        <source>auto-renew settings changed</source>
        <translation>הגדרות החידוש האוטומטי שונו</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="112"/>
        <source>auto-renew stopped</source>
        <translation>החידוש האוטומטי הופסק</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="113"/>
        <source>card replaced</source>
        <translation>הכרטיס הוחלף</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="120"/>
        <source>Recurring payment needs a saved, valid card on the account</source>
        <translation>חידוש אוטומטי מחייב כרטיס אשראי תקף ושמור בחשבון</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="123"/>
        <source>Recurring payment needs at least one order on the account</source>
        <translation>חידוש אוטומטי מחייב לפחות הזמנה אחת בחשבון</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="126"/>
        <source>The account has no service to renew</source>
        <translation>אין בחשבון שירות לחידוש</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="134"/>
        <source>Something went wrong: {detail}</source>
        <translation>משהו השתבש: {detail}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="240"/>
        <source>the gateway does not accept this number</source>
        <translation>שער התשלומים אינו מקבל את המספר הזה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="241"/>
        <source>its charge was declined</source>
        <translation>החיוב שלו נדחה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="243"/>
        <source>its card check was declined</source>
        <translation>אימות הכרטיס נדחה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="244"/>
        <source>it was saved wrongly and must be typed again</source>
        <translation>הכרטיס נשמר באופן שגוי ויש להקליד אותו מחדש</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="127"/>
        <location filename="../desktop/ui/messages.py" line="138"/>
        <source>Your role may not do this.</source>
        <translation>לתפקיד שלך אין הרשאה לפעולה זו.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="139"/>
        <source>The name or the password is wrong.</source>
        <translation>השם או הסיסמה שגויים.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="140"/>
        <source>Too many failed attempts: this account is locked for 15 minutes.</source>
        <translation>יותר מדי ניסיונות כושלים: החשבון נעול ל־15 דקות.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="143"/>
        <source>Choose the card to charge.</source>
        <translation>יש לבחור את הכרטיס לחיוב.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="144"/>
        <source>Confirm that the card holder may pay for this billing contact.</source>
        <translation>יש לאשר שבעל הכרטיס רשאי לשלם עבור איש הקשר לחיוב הזה.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="147"/>
        <source>The card was refused ({reason}). Nothing was changed.</source>
        <translation>הכרטיס נדחה ({reason}). לא שונה דבר.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="150"/>
        <source>Recurring payment is not available for this account.</source>
        <translation>חידוש אוטומטי אינו זמין לחשבון זה.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="153"/>
        <source>The payment gateway did not answer. Nothing was changed; try again.</source>
        <translation>שער התשלומים לא הגיב. לא שונה דבר; יש לנסות שוב.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="156"/>
        <source>Tick at least one service.</source>
        <translation>יש לסמן לפחות שירות אחד.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="157"/>
        <source>The price list has no price for: {services}</source>
        <translation>אין במחירון מחיר עבור: {services}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="158"/>
        <source>The period must be 3, 12, 24 or 36 months.</source>
        <translation>התקופה חייבת להיות 3, 12, 24 או 36 חודשים.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="161"/>
        <source>At most {most} installments are allowed for this period.</source>
        <translation>לתקופה זו מותרים {most} תשלומים לכל היותר.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="164"/>
        <source>A domain renews for its last period in one payment.</source>
        <translation>דומיין מתחדש לתקופה האחרונה שלו בתשלום אחד.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="167"/>
        <source>The password must have at least {minimum} characters.</source>
        <translation>הסיסמה חייבת להכיל לפחות {minimum} תווים.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="170"/>
        <source>This name is taken.</source>
        <translation>השם הזה כבר תפוס.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="171"/>
        <source>This name cannot be used.</source>
        <translation>לא ניתן להשתמש בשם הזה.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="177"/>
        <source>This is not the link-signing key of this database. Nothing was kept.</source>
        <translation>זה אינו מפתח חתימת הקישורים של מסד הנתונים הזה. דבר לא נשמר.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="180"/>
        <source>A link-signing key needs at least {minimum} characters.</source>
        <translation>מפתח חתימת קישורים צריך לכלול לפחות {minimum} תווים.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="204"/>
        <source>A field was refused. Nothing was changed.</source>
        <translation>אחד השדות נדחה. לא שונה דבר.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="211"/>
        <source>Refused: {code}</source>
        <translation>נדחה: {code}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="238"/>
        <source>the card has expired</source>
        <translation>תוקף הכרטיס פג</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="239"/>
        <source>the card issuer declined it</source>
        <translation>מנפיק הכרטיס דחה את החיוב</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="172"/>
        <source>This database has customers but no staff. Create its first admin on the command line: renewdesk staff add NAME --role admin</source>
        <translation>במסד הנתונים הזה יש לקוחות אך אין צוות. יש ליצור את המנהל הראשון בשורת הפקודה: renewdesk staff add NAME --role admin</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="183"/>
        <source>This database already has its link-signing key.</source>
        <translation>למסד הנתונים הזה כבר יש מפתח חתימת קישורים.</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/messages.py" line="208"/>
        <source>The file was refused (%n problem(s)). Nothing was changed.</source>
        <translation>
            <numerusform>הקובץ נדחה (%n בעיה). לא שונה דבר.</numerusform>
            <numerusform>הקובץ נדחה (%n בעיות). לא שונה דבר.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="35"/>
        <source>The first day ({first}) comes after the last day ({last}). Swap them or change one.</source>
        <translation>היום הראשון ({first}) מאוחר מהיום האחרון ({last}). יש להחליף ביניהם או לשנות אחד מהם.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="38"/>
        <source>A page of the audit log holds from 1 to {most} entries.</source>
        <translation>דף ביומן הביקורת מכיל בין 1 ל־{most} רשומות.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="14"/>
        <source>Some settings are wrong ({keys}). Nothing was saved.</source>
        <translation>חלק מההגדרות שגויות ({keys}). לא נשמר דבר.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="17"/>
        <source>The value of {key} is wrong: {problem}</source>
        <translation>הערך של {key} שגוי: {problem}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="18"/>
        <source>There is no setting {key}.</source>
        <translation>אין הגדרה בשם {key}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="19"/>
        <source>There is no secret {key}.</source>
        <translation>אין ערך סודי בשם {key}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="20"/>
        <source>The secret {key} cannot be empty.</source>
        <translation>הערך הסודי {key} אינו יכול להיות ריק.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="21"/>
        <source>This workstation has no usable keyring, so passwords and keys can be neither kept nor read. {detail}</source>
        <translation>בעמדה זו אין מחזיק מפתחות שמיש, ולכן לא ניתן לשמור או לקרוא סיסמאות ומפתחות. {detail}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="25"/>
        <source>This is not an e-mail address: {address}</source>
        <translation>זו אינה כתובת דוא״ל: {address}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="26"/>
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
        <source>Files of type {format} cannot be written; choose one of: {known}.</source>
        <translation>לא ניתן לכתוב קבצים מסוג {format}; יש לבחור אחד מאלה: {known}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/refusal_texts.py" line="16"/>
        <source>This card is no longer on the account. Nothing was changed.</source>
        <translation>הכרטיס הזה כבר לא שייך לחשבון. לא שונה דבר.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/refusal_texts.py" line="19"/>
        <source>This billing contact is no longer on the account. Nothing was changed.</source>
        <translation>איש הקשר לחיוב הזה כבר לא שייך לחשבון. לא שונה דבר.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/refusal_texts.py" line="22"/>
        <source>Some of these services are no longer on the account. Nothing was changed.</source>
        <translation>חלק מהשירותים האלה כבר לא שייכים לחשבון. לא שונה דבר.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/refusal_texts.py" line="25"/>
        <source>This service no longer exists. Nothing was changed.</source>
        <translation>השירות הזה כבר לא קיים. לא שונה דבר.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/refusal_texts.py" line="28"/>
        <source>{services}: changed meanwhile by someone else. Nothing was saved; it is shown again as it is now.</source>
        <translation>מישהו אחר שינה בינתיים את {services}. לא נשמר דבר; מוצג שוב כפי שהוא עכשיו.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/refusal_texts.py" line="32"/>
        <source>This customer no longer exists. Nothing was changed.</source>
        <translation>הלקוח הזה כבר לא קיים. לא שונה דבר.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/refusal_texts.py" line="35"/>
        <source>There is no customer with the reference {ref}.</source>
        <translation>אין לקוח שמספרו {ref}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/refusal_texts.py" line="38"/>
        <source>The customer {customer} has no service named {names}.</source>
        <translation>ללקוח {customer} אין שירות בשם {names}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/refusal_texts.py" line="41"/>
        <source>The customer {customer} has no card with the reference {ref}.</source>
        <translation>ללקוח {customer} אין כרטיס עם המזהה {ref}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/refusal_texts.py" line="44"/>
        <source>The customer {customer} has no billing contact with the reference {ref}.</source>
        <translation>ללקוח {customer} אין איש קשר לחיוב עם המזהה {ref}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/refusal_texts.py" line="47"/>
        <source>The search text is too long: at most {most} characters are searched.</source>
        <translation>טקסט החיפוש ארוך מדי: מחפשים לכל היותר {most} תווים.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/refusal_texts.py" line="50"/>
        <location filename="../desktop/ui/refusal_texts.py" line="51"/>
        <source>Choose a number from 1 to {most}.</source>
        <translation>יש לבחור מספר בין 1 ל־{most}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/refusal_texts.py" line="52"/>
        <source>{path} is a folder: choose a file name. Nothing was written.</source>
        <translation>{path} היא תיקייה: יש לבחור שם קובץ. לא נכתב דבר.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/refusal_texts.py" line="55"/>
        <source>Another workstation added the same data meanwhile. Nothing was imported; try again.</source>
        <translation>עמדה אחרת הוסיפה בינתיים את אותם נתונים. דבר לא יובא; יש לנסות שוב.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/refusal_texts.py" line="58"/>
        <source>This e-mail is no longer in the outbox.</source>
        <translation>ההודעה כבר לא נמצאת בתיבת הדואר היוצא.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/refusal_texts.py" line="61"/>
        <source>Only an e-mail that is failing or was given up can be tried again. Nothing was changed.</source>
        <translation>אפשר לנסות שוב רק הודעה שנכשלת או שנכשלה סופית. לא שונה דבר.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/refusal_texts.py" line="65"/>
        <source>Only an e-mail that was sent or given up can be sent again. Nothing was changed.</source>
        <translation>אפשר לשלוח שוב רק הודעה שנשלחה או שנכשלה סופית. לא שונה דבר.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/refusal_texts.py" line="73"/>
        <source>This database already has its first admin.</source>
        <translation>למסד הנתונים הזה כבר יש מנהל ראשון.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/refusal_texts.py" line="79"/>
        <source>This database has no staff yet. Create its first admin on the command line: renewdesk staff add NAME --role admin</source>
        <translation>עדיין אין צוות במסד הנתונים הזה. יש ליצור את המנהל הראשון בשורת הפקודה: renewdesk staff add NAME --role admin</translation>
    </message>
    <message>
        <location filename="../desktop/ui/refusal_texts.py" line="84"/>
        <source>The login {login} is not linked to a staff member. An admin links it on the command line: renewdesk staff link NAME --os-user {login}</source>
        <translation>משתמש המחשב {login} אינו מקושר לאיש צוות. מנהל יכול לקשר אותו בשורת הפקודה: renewdesk staff link NAME --os-user {login}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/refusal_texts.py" line="95"/>
        <source>The login {login} is already linked to {name}.</source>
        <translation>משתמש המחשב {login} כבר מקושר ל־{name}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/refusal_texts.py" line="101"/>
        <source>This connection cannot be used: {detail}. Nothing was remembered.</source>
        <translation>אי אפשר להשתמש בחיבור הזה: {detail}. דבר לא נשמר.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/refusal_texts.py" line="104"/>
        <source>This cannot be the workstation&apos;s name: {problem}. Nothing was remembered.</source>
        <translation>זה לא יכול להיות שם עמדת העבודה: {problem}. דבר לא נשמר.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/refusal_texts.py" line="107"/>
        <source>The connection could not be remembered: {detail}.</source>
        <translation>לא ניתן היה לשמור את החיבור: {detail}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/refusal_texts.py" line="76"/>
        <source>This database has no staff yet: its first member must be an admin.</source>
        <translation>עדיין אין צוות במסד הנתונים הזה: איש הצוות הראשון חייב להיות מנהל.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/refusal_texts.py" line="68"/>
        <source>What this e-mail says no longer holds, so it is not sent again (Tools → E-mails… says why). Nothing was changed.</source>
        <translation>מה שכתוב בהודעה כבר אינו נכון, ולכן היא לא תישלח שוב (הסיבה מופיעה בכלים ← הודעות דוא״ל…). לא שונה דבר.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/refusal_texts.py" line="89"/>
        <source>The login {login} belongs to {name}, who is disabled.</source>
        <translation>משתמש המחשב {login} שייך ל־{name}, שחשבונו מושבת.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/refusal_texts.py" line="92"/>
        <source>This is not a login name: no spaces or control characters, at most 120 characters.</source>
        <translation>זה אינו שם משתמש תקין: בלי רווחים או תווי בקרה, עד 120 תווים.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/refusal_texts.py" line="98"/>
        <source>There is no staff member named {name}.</source>
        <translation>אין איש צוות בשם {name}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/refusal_texts.py" line="116"/>
        <source>it is empty</source>
        <translation>השם ריק</translation>
    </message>
    <message>
        <location filename="../desktop/ui/refusal_texts.py" line="117"/>
        <source>it starts or ends with spaces</source>
        <translation>השם מתחיל או מסתיים ברווחים</translation>
    </message>
    <message>
        <location filename="../desktop/ui/refusal_texts.py" line="118"/>
        <source>it is longer than {most} characters</source>
        <translation>השם ארוך מ־{most} תווים</translation>
    </message>
    <message>
        <location filename="../desktop/ui/refusal_texts.py" line="121"/>
        <source>it contains a colon (:)</source>
        <translation>השם מכיל נקודתיים (:)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/refusal_texts.py" line="122"/>
        <source>it contains an invisible character ({character})</source>
        <translation>השם מכיל תו בלתי נראה ({character})</translation>
    </message>
    <message>
        <location filename="../desktop/ui/desk_texts.py" line="12"/>
        <source>A customer with the reference {ref} already exists. Nothing was changed.</source>
        <translation>כבר קיים לקוח עם המזהה {ref}. לא שונה דבר.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/desk_texts.py" line="15"/>
        <source>The currency cannot change: the customer has services. Nothing was changed.</source>
        <translation>אי אפשר לשנות את המטבע: ללקוח יש שירותים. לא שונה דבר.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/desk_texts.py" line="18"/>
        <source>This billing contact is used by the auto-renew of {services}: move them to another contact first. Nothing was changed.</source>
        <translation>איש הקשר לחיוב משמש בחידוש האוטומטי של {services}: יש להעביר אותם קודם לאיש קשר אחר. לא שונה דבר.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/desk_texts.py" line="22"/>
        <source>The card ending {last4} is used by the auto-renew of {services}: move them to another card or stop their auto-renew. Nothing was changed.</source>
        <translation>הכרטיס המסתיים ב-{last4} משמש בחידוש האוטומטי של {services}: יש להעביר אותם לכרטיס אחר או לבטל את החידוש האוטומטי שלהם. לא שונה דבר.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/desk_texts.py" line="26"/>
        <source>The card to move the services to is no longer on the account. Nothing was changed.</source>
        <translation>הכרטיס שאליו היו אמורים לעבור השירותים כבר לא שייך לחשבון. לא שונה דבר.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/desk_texts.py" line="30"/>
        <source>The billing contact to move the services to is no longer on the account. Nothing was changed.</source>
        <translation>איש הקשר לחיוב שאליו היו אמורים לעבור השירותים כבר לא שייך לחשבון. לא שונה דבר.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/desk_texts.py" line="34"/>
        <source>The services would move to that same card: choose another card. Nothing was changed.</source>
        <translation>השירותים היו עוברים לאותו כרטיס עצמו: יש לבחור כרטיס אחר. לא שונה דבר.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/desk_texts.py" line="37"/>
        <source>There is no proforma {number}. Nothing was changed.</source>
        <translation>אין חשבון עסקה מספר {number}. לא שונה דבר.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/desk_texts.py" line="40"/>
        <source>Proforma {number} is no longer open: only an open proforma can be paid or cancelled.</source>
        <translation>חשבון העסקה {number} כבר אינו פתוח: אפשר לשלם או לבטל רק חשבון עסקה פתוח.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/desk_texts.py" line="43"/>
        <source>The card ending {last4} was declined. The proforma stays open; nothing was recorded.</source>
        <translation>הכרטיס המסתיים ב-{last4} נדחה. חשבון העסקה נשאר פתוח; לא נרשם דבר.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/desk_texts.py" line="51"/>
        <source>The card ending {last4} was saved on the account, but the payment gateway did not answer: the card was not charged and the proforma stays open. Charge the saved card again in a moment.</source>
        <translation>הכרטיס המסתיים ב-{last4} נשמר בחשבון, אבל שער התשלומים לא הגיב: הכרטיס לא חויב וחשבון העסקה נשאר פתוח. יש לחייב שוב את הכרטיס השמור בעוד רגע.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/desk_texts.py" line="59"/>
        <source>The card ending {last4} was charged {amount}, but proforma {number} can no longer take it: its lines were renewed otherwise or removed meanwhile. Nothing was renewed. The money is listed in Follow-up as received and not applied, to be refunded from there.</source>
        <translation>הכרטיס המסתיים ב-{last4} חויב ב-{amount}, אבל חשבון העסקה {number} כבר לא יכול לקבל את התשלום: השורות שלו חודשו בדרך אחרת או הוסרו בינתיים. לא חודש דבר. הכסף מופיע במעקב ככסף שהתקבל ולא שויך, וממנו אפשר להחזיר אותו.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/desk_texts.py" line="63"/>
        <source>Proforma {number} has no card charge whose outcome is unknown. Nothing was asked of the gateway.</source>
        <translation>לחשבון העסקה {number} אין חיוב כרטיס אשראי שתוצאתו לא ידועה. לא נשלחה שאלה לשער התשלומים.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/desk_texts.py" line="67"/>
        <source>Proforma {number} has no card charge received and not applied. Nothing was refunded.</source>
        <translation>לחשבון העסקה {number} אין חיוב כרטיס אשראי שהתקבל ולא שויך. לא הוחזר דבר.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/desk_texts.py" line="70"/>
        <source>The gateway did not say whether the charge on the card ending {last4} was refunded. Nothing was recorded; refund again: the refund is never made twice.</source>
        <translation>שער התשלומים לא השיב אם החיוב בכרטיס המסתיים ב-{last4} הוחזר. לא נרשם דבר; יש להחזיר שוב: ההחזר לעולם לא מתבצע פעמיים.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/desk_texts.py" line="74"/>
        <source>Every line of proforma {number} is already paid (charged automatically or on another proforma) or its service was deleted: there is nothing to pay for.</source>
        <translation>כל השורות בחשבון העסקה {number} כבר שולמו (חויבו אוטומטית או בחשבון עסקה אחר) או שהשירות שלהן נמחק: אין על מה לשלם.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/desk_texts.py" line="78"/>
        <source>A card payment of proforma {number} is under way (card ending {last4}): wait a moment and look again. Nothing was recorded.</source>
        <translation>תשלום בכרטיס על חשבון העסקה {number} מתבצע כעת (כרטיס המסתיים ב-{last4}): יש להמתין רגע ולבדוק שוב. לא נרשם דבר.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/desk_texts.py" line="82"/>
        <source>{services} already on open proforma {numbers}: cancel it first or record its payment. Nothing was issued.</source>
        <translation>כבר בחשבון עסקה פתוח {numbers}: {services}. יש לבטל אותו תחילה או לרשום את התשלום עליו. לא הופק דבר.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/desk_texts.py" line="86"/>
        <source>A charge or a card check of {services} is under way, or its outcome is not known yet. Auto-renew was not switched off and nothing was changed: try again in a moment.</source>
        <translation>חיוב או בדיקת כרטיס אשראי של {services} מתבצעים כעת, או שתוצאתם עדיין לא ידועה. החידוש האוטומטי לא כובה ושום דבר לא שונה: יש לנסות שוב בעוד רגע.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/desk_texts.py" line="101"/>
        <source>The e-mail of {number} to {address} is already in the outbox and not sent yet. Nothing was queued again.</source>
        <translation>הודעת הדוא״ל של {number} אל {address} כבר נמצאת בתיבת הדואר היוצא ועדיין לא נשלחה. לא נוספה הודעה נוספת לתור.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/desk_texts.py" line="105"/>
        <source>{number} was already e-mailed to {address}. Nothing was queued again.</source>
        <translation>{number} כבר נשלח בדוא״ל אל {address}. לא נוספה הודעה נוספת לתור.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/desk_texts.py" line="117"/>
        <source>Proforma {number} is already paid by the card ending {last4} (invoice {invoice}): only an open proforma can be paid or cancelled.</source>
        <translation>חשבון העסקה {number} כבר שולם בכרטיס המסתיים ב-{last4} (חשבונית {invoice}): אפשר לשלם או לבטל רק חשבון עסקה פתוח.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/desk_texts.py" line="122"/>
        <source>Proforma {number} is already paid by bank transfer (invoice {invoice}): only an open proforma can be paid or cancelled.</source>
        <translation>חשבון העסקה {number} כבר שולם בהעברה בנקאית (חשבונית {invoice}): אפשר לשלם או לבטל רק חשבון עסקה פתוח.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/desk_texts.py" line="126"/>
        <source>Proforma {number} is already paid in cash (invoice {invoice}): only an open proforma can be paid or cancelled.</source>
        <translation>חשבון העסקה {number} כבר שולם במזומן (חשבונית {invoice}): אפשר לשלם או לבטל רק חשבון עסקה פתוח.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/desk_texts.py" line="130"/>
        <source>Proforma {number} is already paid by cheque (invoice {invoice}): only an open proforma can be paid or cancelled.</source>
        <translation>חשבון העסקה {number} כבר שולם בצ׳ק (חשבונית {invoice}): אפשר לשלם או לבטל רק חשבון עסקה פתוח.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/desk_texts.py" line="137"/>
        <source>Proforma {number} is already paid (invoice {invoice}): only an open proforma can be paid or cancelled.</source>
        <translation>חשבון העסקה {number} כבר שולם (חשבונית {invoice}): אפשר לשלם או לבטל רק חשבון עסקה פתוח.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/desk_texts.py" line="90"/>
        <source>The automatic charge of {services} for the same period is under way and its outcome is not known yet. Nothing was recorded: try again after the next background check.</source>
        <translation>החיוב האוטומטי של {services} עבור אותה תקופה מתבצע כעת ותוצאתו עדיין אינה ידועה. דבר לא נרשם: יש לנסות שוב אחרי בדיקות הרקע הבאות.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/desk_texts.py" line="47"/>
        <source>The card ending {last4} was saved on the account, but its charge was declined: the card is kept, marked not valid. The proforma stays open; nothing was paid.</source>
        <translation>הכרטיס המסתיים ב-{last4} נשמר בחשבון, אבל החיוב שלו נדחה: הכרטיס נשאר בחשבון ומסומן כלא תקף. חשבון העסקה נשאר פתוח; לא שולם דבר.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/desk_texts.py" line="55"/>
        <source>The gateway did not say whether the card ending {last4} was charged. The charge is kept as unknown and listed in Follow-up: ask the gateway from there, or pay again with the card; it is never charged twice.</source>
        <translation>שער התשלומים לא השיב אם הכרטיס המסתיים ב-{last4} חויב. החיוב נשמר כלא ידוע ומופיע במעקב: יש לברר מול שער התשלומים משם, או לשלם שוב בכרטיס; הכרטיס לעולם לא יחויב פעמיים.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/desk_texts.py" line="94"/>
        <source>These options do not go together ({detail}). Nothing was changed.</source>
        <translation>האפשרויות האלה אינן מתאימות זו לזו ({detail}). לא שונה דבר.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/desk_texts.py" line="97"/>
        <source>There is no invoice {number}.</source>
        <translation>אין חשבונית מספר {number}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/desk_texts.py" line="98"/>
        <source>{name} has no e-mail address to send the document to. Nothing was queued.</source>
        <translation>ל-{name} אין כתובת דוא״ל לשליחת המסמך. לא נוסף דבר לתור.</translation>
    </message>
</context>
<context>
    <name>OperationsDialog</name>
    <message>
        <location filename="../desktop/ui/admin/operations_dialog.py" line="164"/>
        <source>Background checks</source>
        <translation>בדיקות רקע</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/operations_dialog.py" line="192"/>
        <source>Run now</source>
        <translation>הרצה עכשיו</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/operations_dialog.py" line="190"/>
        <source>Runs</source>
        <translation>הרצות</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/operations_dialog.py" line="191"/>
        <source>E-mails</source>
        <translation>הודעות דוא״ל</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/operations_dialog.py" line="198"/>
        <source>The checks do not run in this window.</source>
        <translation>הבדיקות אינן רצות בחלון הזה.</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/admin/operations_dialog.py" line="225"/>
        <source>%n run(s), newest first.</source>
        <translation>
            <numerusform>%n הרצה, מהחדשה לישנה.</numerusform>
            <numerusform>%n הרצות, מהחדשה לישנה.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/operations_dialog.py" line="262"/>
        <source>The checks start now; this list refreshes when they end.</source>
        <translation>הבדיקות מתחילות כעת; הרשימה תתרענן בסיומן.</translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <location filename="../desktop/ui/mail/outbox_view.py" line="66"/>
        <source>Queued at</source>
        <translation>נכנסה לתור</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mail/outbox_view.py" line="67"/>
        <source>Customer</source>
        <translation>לקוח</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mail/outbox_view.py" line="68"/>
        <source>Service</source>
        <translation>שירות</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mail/outbox_view.py" line="69"/>
        <source>E-mail</source>
        <translation>הודעה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mail/outbox_view.py" line="70"/>
        <source>To</source>
        <translation>אל</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mail/outbox_view.py" line="71"/>
        <source>Delivery</source>
        <translation>מסירה</translation>
    </message>
</context>
<context>
    <name>OutboxView</name>
    <message>
        <location filename="../desktop/ui/mail/outbox_view.py" line="89"/>
        <source>All e-mails</source>
        <translation>כל ההודעות</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mail/outbox_view.py" line="109"/>
        <source>Show</source>
        <translation>הצגה</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/mail/outbox_view.py" line="137"/>
        <source>The newest %n e-mail(s) are shown.</source>
        <translation>
            <numerusform>מוצגת ההודעה האחרונה (%n).</numerusform>
            <numerusform>מוצגות %n ההודעות האחרונות.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/mail/outbox_view.py" line="139"/>
        <source>%n e-mail(s)</source>
        <translation>
            <numerusform>%n הודעה</numerusform>
            <numerusform>%n הודעות</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutcomeTotalsModel</name>
    <message>
        <location filename="../desktop/ui/finance/outcome_totals.py" line="53"/>
        <source>Outcome</source>
        <translation>תוצאה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/outcome_totals.py" line="54"/>
        <source>Currency</source>
        <translation>מטבע</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/outcome_totals.py" line="55"/>
        <source>Charges</source>
        <translation>חיובים</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/outcome_totals.py" line="56"/>
        <source>Amount</source>
        <translation>סכום</translation>
    </message>
</context>
<context>
    <name>PastResultsModel</name>
    <message>
        <location filename="../desktop/ui/finance/past_results_model.py" line="33"/>
        <source>Charge date</source>
        <translation>מועד חיוב</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/past_results_model.py" line="34"/>
        <source>Customer</source>
        <translation>לקוח</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/past_results_model.py" line="35"/>
        <source>Service</source>
        <translation>שירות</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/past_results_model.py" line="36"/>
        <source>Outcome</source>
        <translation>תוצאה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/past_results_model.py" line="37"/>
        <source>Reason</source>
        <translation>סיבה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/past_results_model.py" line="38"/>
        <source>Amount</source>
        <translation>סכום</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/past_results_model.py" line="106"/>
        <source>Not charged: the amount at stake</source>
        <translation>לא חויב: הסכום שבסיכון</translation>
    </message>
</context>
<context>
    <name>PastResultsPanel</name>
    <message>
        <location filename="../desktop/ui/finance/past_results_panel.py" line="72"/>
        <source>Show</source>
        <translation>הצגה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/past_results_panel.py" line="100"/>
        <source>Charge dates from:</source>
        <translation>מועדי חיוב מתאריך:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/past_results_panel.py" line="102"/>
        <source>to:</source>
        <translation>עד תאריך:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/past_results_panel.py" line="110"/>
        <source>Totals per outcome and currency</source>
        <translation>סיכומים לפי תוצאה ומטבע</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/past_results_panel.py" line="129"/>
        <source>The first day comes after the last day.</source>
        <translation>היום הראשון מאוחר מהיום האחרון.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/past_results_panel.py" line="140"/>
        <source>Loading the past results…</source>
        <translation>התוצאות הקודמות נטענות…</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/finance/past_results_panel.py" line="159"/>
        <source>%n charge(s) in the range</source>
        <translation>
            <numerusform>%n חיוב בטווח</numerusform>
            <numerusform>%n חיובים בטווח</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../desktop/ui/dialogs/payment_dialog.py" line="130"/>
        <source>Record payment — proforma {number}</source>
        <translation>רישום תשלום — חשבון עסקה {number}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/payment_dialog.py" line="132"/>
        <source>Reading proforma {number}…</source>
        <translation>חשבון העסקה {number} נקרא…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/payment_dialog.py" line="187"/>
        <source>Paid on</source>
        <translation>תאריך התשלום</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/payment_dialog.py" line="188"/>
        <source>Reference</source>
        <translation>אסמכתה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/payment_dialog.py" line="189"/>
        <source>Amount received</source>
        <translation>הסכום שהתקבל</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/payment_dialog.py" line="202"/>
        <source>Card to charge</source>
        <translation>הכרטיס לחיוב</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/payment_dialog.py" line="235"/>
        <location filename="../desktop/ui/dialogs/payment_dialog.py" line="460"/>
        <source>Record payment</source>
        <translation>רישום התשלום</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/payment_dialog.py" line="245"/>
        <source>How was it paid?</source>
        <translation>איך שולם?</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/payment_dialog.py" line="299"/>
        <source>Proforma {number} to {name} ({ref}), issued {issued}, valid until {valid}.</source>
        <translation>חשבון עסקה {number} אל {name} ({ref}), הונפק ב־{issued}, בתוקף עד {valid}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs/payment_dialog.py" line="320"/>
        <source>Amount due: {due}, less than the proforma&apos;s printed total {total}: %n line(s) left out ({lines}), see why in the table above.</source>
        <translation>
            <numerusform>לתשלום: {due}, פחות מהסך המודפס בחשבון העסקה {total}: %n שורה לא נכללה ({lines}), הסיבה מופיעה בטבלה שלמעלה.</numerusform>
            <numerusform>לתשלום: {due}, פחות מהסך המודפס בחשבון העסקה {total}: %n שורות לא נכללו ({lines}), הסיבה מופיעה בטבלה שלמעלה.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/payment_dialog.py" line="581"/>
        <source>Preparing the card payment… (Cancel still stops it)</source>
        <translation>התשלום בכרטיס בהכנה… (ביטול עדיין עוצר אותו)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/payment_dialog.py" line="606"/>
        <source>The charge has been sent to the gateway: finishing… It can no longer be cancelled.</source>
        <translation>החיוב נשלח לשער התשלומים: בסיום… כבר אי אפשר לבטל אותו.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/payment_dialog.py" line="330"/>
        <source>Amount due: {due}</source>
        <translation>לתשלום: {due}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/payment_dialog.py" line="355"/>
        <source>The card ending {last4} was charged {amount} for this proforma before; nothing could take it, and it was refunded.</source>
        <translation>הכרטיס המסתיים ב-{last4} כבר חויב ב-{amount} עבור חשבון העסקה הזה; שום שורה לא יכלה לקבל את התשלום, והוא הוחזר.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/payment_dialog.py" line="359"/>
        <source>The card ending {last4} was charged {amount} for this proforma before; nothing could take it: it is to be refunded from Follow-up.</source>
        <translation>הכרטיס המסתיים ב-{last4} כבר חויב ב-{amount} עבור חשבון העסקה הזה; שום שורה לא יכלה לקבל את התשלום: יש להחזיר אותו מתוך המעקב.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/payment_dialog.py" line="384"/>
        <source>Proforma {number}</source>
        <translation>חשבון עסקה {number}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/payment_dialog.py" line="412"/>
        <source>Choose the card to charge…</source>
        <translation>יש לבחור את הכרטיס לחיוב…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/payment_dialog.py" line="416"/>
        <source>Type the customer&apos;s card…</source>
        <translation>הקלדת הכרטיס של הלקוח…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/payment_dialog.py" line="427"/>
        <source>The card is verified and saved on the account first, then charged the amount due.</source>
        <translation>הכרטיס מאומת ונשמר בחשבון תחילה, ואז מחויב בסכום לתשלום.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/payment_dialog.py" line="430"/>
        <source>The account has no valid saved card: type the customer&apos;s card.</source>
        <translation>אין בחשבון כרטיס שמור בתוקף: יש להקליד את הכרטיס של הלקוח.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/payment_dialog.py" line="433"/>
        <source>The card is charged the amount due now, through the payment gateway.</source>
        <translation>הכרטיס מחויב עכשיו בסכום לתשלום, דרך שער התשלומים.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/payment_dialog.py" line="452"/>
        <source>Ask the gateway</source>
        <translation>בירור מול שער התשלומים</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/payment_dialog.py" line="455"/>
        <source>Charge {amount}</source>
        <translation>חיוב של {amount}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/payment_dialog.py" line="503"/>
        <source>{due}, not the printed {total}: {lines} left out</source>
        <translation>{due}, ולא הסך המודפס {total}: {lines} לא נכלל</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/payment_dialog.py" line="583"/>
        <source>Recording the payment…</source>
        <translation>התשלום נרשם…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/payment_dialog.py" line="603"/>
        <source>The charge has been sent to the gateway and cannot be called back</source>
        <translation>החיוב נשלח לשער התשלומים ואי אפשר להחזיר אותו</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/payment_dialog.py" line="631"/>
        <source>Stopping… nothing will be recorded</source>
        <translation>בעצירה… דבר לא יירשם</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/payment_dialog.py" line="649"/>
        <source>Close</source>
        <translation>סגירה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/payment_dialog.py" line="673"/>
        <source>Proforma {number} is paid: invoice {invoice} issued.</source>
        <translation>חשבון העסקה {number} שולם: הונפקה חשבונית {invoice}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/payment_dialog.py" line="678"/>
        <source>{service} until {day}</source>
        <translation>{service} עד {day}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/payment_dialog.py" line="689"/>
        <source>Renewed: {services}.</source>
        <translation>חודשו: {services}.</translation>
    </message>
</context>
<context>
    <name>PaymentLinesModel</name>
    <message>
        <location filename="../desktop/ui/dialogs/payment_lines.py" line="28"/>
        <source>Service</source>
        <translation>שירות</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/payment_lines.py" line="29"/>
        <source>Period</source>
        <translation>תקופה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/payment_lines.py" line="30"/>
        <source>Amount</source>
        <translation>סכום</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/payment_lines.py" line="31"/>
        <source>After the payment</source>
        <translation>אחרי התשלום</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/payment_lines.py" line="41"/>
        <source>{first} – {last}</source>
        <translation>{first} – {last}</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs/payment_lines.py" line="45"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n חודש</numerusform>
            <numerusform>%n חודשים</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/payment_lines.py" line="53"/>
        <source>Renewed until {day}</source>
        <translation>מחודש עד {day}</translation>
    </message>
</context>
<context>
    <name>ProformaDialog</name>
    <message>
        <location filename="../desktop/ui/dialogs/proforma_dialog.py" line="93"/>
        <source>Proforma for early renewal</source>
        <translation>חשבון עסקה לחידוש מוקדם</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs/proforma_dialog.py" line="196"/>
        <source>Total: incomplete ({total}; no price for %n service(s))</source>
        <translation>
            <numerusform>סה״כ: חלקי ({total}; חסר מחיר ל־%n שירות)</numerusform>
            <numerusform>סה״כ: חלקי ({total}; חסר מחיר ל־%n שירותים)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/proforma_dialog.py" line="189"/>
        <location filename="../desktop/ui/dialogs/proforma_dialog.py" line="201"/>
        <source>Total: {total}</source>
        <translation>סה״כ: {total}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/proforma_dialog.py" line="108"/>
        <source>Total: working it out…</source>
        <translation>סה״כ: מחשב…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/proforma_dialog.py" line="111"/>
        <source>Each service&apos;s billing contact</source>
        <translation>איש הקשר לחיוב של כל שירות</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/proforma_dialog.py" line="123"/>
        <source>Issue</source>
        <translation>הפקה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/proforma_dialog.py" line="127"/>
        <source>Save as PDF…</source>
        <translation>שמירה כ־PDF…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/proforma_dialog.py" line="130"/>
        <source>Print…</source>
        <translation>הדפסה…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/proforma_dialog.py" line="133"/>
        <source>E-mail to the billing contact</source>
        <translation>שליחה בדוא״ל לאיש הקשר לחיוב</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/proforma_dialog.py" line="138"/>
        <source>Addressed to</source>
        <translation>לכבוד</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/proforma_dialog.py" line="142"/>
        <source>Early renewal of {name}: this proforma charges nothing.</source>
        <translation>חידוש מוקדם עבור {name}: חשבון עסקה זה אינו מחייב דבר.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/proforma_dialog.py" line="229"/>
        <source>Issuing…</source>
        <translation>בהפקה…</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs/proforma_dialog.py" line="252"/>
        <source>%n proforma(s) issued, number(s): {numbers}</source>
        <translation>
            <numerusform>הופק %n חשבון עסקה, מספר: {numbers}</numerusform>
            <numerusform>הופקו %n חשבונות עסקה, מספרים: {numbers}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs/proforma_dialog.py" line="312"/>
        <source>%n proforma(s) issued and sent to the printer.</source>
        <translation>
            <numerusform>הופק %n חשבון עסקה ונשלח למדפסת.</numerusform>
            <numerusform>הופקו %n חשבונות עסקה ונשלחו למדפסת.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/proforma_dialog.py" line="330"/>
        <source>Each proforma to its billing contact (else to the customer), with its PDF attached</source>
        <translation>כל חשבון עסקה לאיש הקשר לחיוב שלו (ואם אין, ללקוח), עם קובץ ה-PDF שלו מצורף</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/proforma_dialog.py" line="334"/>
        <source>To {address}, with the PDF attached</source>
        <translation>אל {address}, עם קובץ ה-PDF מצורף</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/proforma_dialog.py" line="369"/>
        <source>Queuing the e-mail(s)…</source>
        <translation>הדוא״ל נכנס לתור…</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs/proforma_dialog.py" line="389"/>
        <source>Proforma(s) {numbers} already sent by e-mail. Send %n more copy(ies) to the billing contact?</source>
        <translation>
            <numerusform>חשבון העסקה {numbers} כבר נשלח בדוא״ל. לשלוח עוד %n עותק לאיש הקשר לחיוב?</numerusform>
            <numerusform>חשבונות העסקה {numbers} כבר נשלחו בדוא״ל. לשלוח עוד %n עותקים לאיש הקשר לחיוב?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/proforma_dialog.py" line="393"/>
        <source>Send again?</source>
        <translation>לשלוח שוב?</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs/proforma_dialog.py" line="418"/>
        <source>%n e-mail(s) not sent, for proforma number(s) {numbers}: {why}. The outbox tries again by itself; an administrator&apos;s Retry now in Tools &gt; E-mails… tries at once.</source>
        <translation>
            <numerusform>%n הודעת דוא״ל לא נשלחה, לחשבון עסקה מספר {numbers}: {why}. תיבת הדואר היוצא תנסה שוב מעצמה; ״ניסיון חוזר עכשיו״ של מנהל מערכת בכלים &gt; הודעות דוא״ל… ינסה מיד.</numerusform>
            <numerusform>%n הודעות דוא״ל לא נשלחו, לחשבונות עסקה מספרים {numbers}: {why}. תיבת הדואר היוצא תנסה שוב מעצמה; ״ניסיון חוזר עכשיו״ של מנהל מערכת בכלים &gt; הודעות דוא״ל… ינסה מיד.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs/proforma_dialog.py" line="429"/>
        <source>%n e-mail(s) sent with the PDF attached, for proforma number(s) {numbers}.</source>
        <translation>
            <numerusform>%n הודעת דוא״ל נשלחה עם קובץ ה-PDF מצורף, לחשבון עסקה מספר {numbers}.</numerusform>
            <numerusform>%n הודעות דוא״ל נשלחו עם קובץ ה-PDF מצורף, לחשבונות עסקה מספרים {numbers}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs/proforma_dialog.py" line="433"/>
        <source>%n e-mail(s) queued with the PDF attached, for proforma number(s) {numbers}; the outbox sends them.</source>
        <translation>
            <numerusform>נכנסה לתור %n הודעת דוא״ל עם קובץ ה-PDF מצורף, לחשבון עסקה מספר {numbers}; תיבת הדואר היוצא תשלח אותה.</numerusform>
            <numerusform>נכנסו לתור %n הודעות דוא״ל עם קובץ ה-PDF מצורף, לחשבונות עסקה מספרים {numbers}; תיבת הדואר היוצא תשלח אותן.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/proforma_dialog.py" line="425"/>
        <source>No e-mail was queued.</source>
        <translation>שום הודעת דוא״ל לא נכנסה לתור.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/proforma_dialog.py" line="445"/>
        <source>Proforma {number}: {problem}</source>
        <translation>חשבון עסקה {number}: {problem}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/proforma_dialog.py" line="453"/>
        <source>already in the outbox, not queued again: {state}</source>
        <translation>כבר בתיבת הדואר היוצא, לא נוספה לתור שוב: {state}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/proforma_dialog.py" line="455"/>
        <source>already e-mailed, not sent again: {state}</source>
        <translation>כבר נשלח בדוא״ל, לא נשלח שוב: {state}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/proforma_dialog.py" line="458"/>
        <source>Proforma {number} to {address}: {state}</source>
        <translation>חשבון עסקה {number} אל {address}: {state}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/proforma_dialog.py" line="462"/>
        <source>Proforma {number}: {state}</source>
        <translation>חשבון עסקה {number}: {state}</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs/proforma_dialog.py" line="303"/>
        <source>%n proforma(s) issued and saved as {file}.</source>
        <translation>
            <numerusform>הופק %n חשבון עסקה ונשמר בקובץ {file}.</numerusform>
            <numerusform>הופקו %n חשבונות עסקה ונשמרו בקובץ {file}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProformaLinesModel</name>
    <message>
        <location filename="../desktop/ui/dialogs/proforma_lines.py" line="36"/>
        <source>no price</source>
        <translation>אין מחיר</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs/proforma_lines.py" line="38"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n חודש</numerusform>
            <numerusform>%n חודשים</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/proforma_lines.py" line="48"/>
        <source>Service</source>
        <translation>שירות</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/proforma_lines.py" line="49"/>
        <source>Period</source>
        <translation>תקופה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/proforma_lines.py" line="50"/>
        <source>Price</source>
        <translation>מחיר</translation>
    </message>
</context>
<context>
    <name>ProformasModel</name>
    <message>
        <location filename="../desktop/ui/customers/proformas_model.py" line="32"/>
        <source>Number</source>
        <translation>מספר</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/proformas_model.py" line="33"/>
        <source>Issued</source>
        <translation>הונפק</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/proformas_model.py" line="34"/>
        <source>Valid until</source>
        <translation>בתוקף עד</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/proformas_model.py" line="35"/>
        <source>State</source>
        <translation>מצב</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/proformas_model.py" line="36"/>
        <source>Total</source>
        <translation>סה״כ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/proformas_model.py" line="37"/>
        <source>Addressed to</source>
        <translation>נמען</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/proformas_model.py" line="38"/>
        <source>Services</source>
        <translation>שירותים</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/proformas_model.py" line="39"/>
        <source>Invoice</source>
        <translation>חשבונית</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/proformas_model.py" line="86"/>
        <source>Paid {paid}</source>
        <translation>שולם {paid}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/proformas_model.py" line="89"/>
        <source>Paid {paid}; issued for {total}, {left} left out: {services}</source>
        <translation>שולם {paid}; הופק על סך {total}, {left} לא נכללו: {services}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/proformas_model.py" line="118"/>
        <source>{state} on {when} by {who}</source>
        <translation>{state} ב־{when} על ידי {who}</translation>
    </message>
</context>
<context>
    <name>ProformasTab</name>
    <message>
        <location filename="../desktop/ui/customers/proformas_tab.py" line="70"/>
        <source>Proformas</source>
        <translation>חשבונות עסקה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/proformas_tab.py" line="73"/>
        <source>Record payment…</source>
        <translation>רישום תשלום…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/proformas_tab.py" line="74"/>
        <source>Cancel proforma…</source>
        <translation>ביטול חשבון עסקה…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/proformas_tab.py" line="75"/>
        <source>View, PDF, e-mail…</source>
        <translation>הצגה, PDF, דוא״ל…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/proformas_tab.py" line="81"/>
        <source>Loading the proformas…</source>
        <translation>חשבונות העסקה נטענים…</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/customers/proformas_tab.py" line="87"/>
        <source>%n proforma(s)</source>
        <translation>
            <numerusform>%n חשבון עסקה</numerusform>
            <numerusform>%n חשבונות עסקה</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/customers/proformas_tab.py" line="89"/>
        <source>{proformas}, %n open</source>
        <translation>
            <numerusform>{proformas}, %n פתוח</numerusform>
            <numerusform>{proformas}, %n פתוחים</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/proformas_tab.py" line="108"/>
        <source>Record the payment of the chosen proforma</source>
        <translation>רישום התשלום של חשבון העסקה שנבחר</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/proformas_tab.py" line="110"/>
        <source>Cancel the chosen proforma</source>
        <translation>ביטול חשבון העסקה שנבחר</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/proformas_tab.py" line="115"/>
        <location filename="../desktop/ui/customers/proformas_tab.py" line="125"/>
        <source>Choose a proforma first</source>
        <translation>יש לבחור חשבון עסקה תחילה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/proformas_tab.py" line="117"/>
        <source>This proforma is paid (invoice {number})</source>
        <translation>חשבון העסקה הזה שולם (חשבונית {number})</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/proformas_tab.py" line="119"/>
        <source>This proforma was cancelled</source>
        <translation>חשבון העסקה הזה בוטל</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/proformas_tab.py" line="127"/>
        <source>The proforma as it prints: save it as PDF, print it or e-mail it to the billing contact</source>
        <translation>חשבון העסקה כפי שיודפס: שמירה כ־PDF, הדפסה או שליחה בדוא״ל לאיש הקשר לחיוב</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/proformas_tab.py" line="160"/>
        <source>Cancel proforma</source>
        <translation>ביטול חשבון עסקה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/proformas_tab.py" line="162"/>
        <source>Cancel proforma {number}? It can no longer be paid; the services stay as they are.</source>
        <translation>לבטל את חשבון העסקה {number}? לא יהיה אפשר לשלם אותו עוד; השירותים יישארו כפי שהם.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/proformas_tab.py" line="173"/>
        <source>Proforma {number} was cancelled.</source>
        <translation>חשבון העסקה {number} בוטל.</translation>
    </message>
</context>
<context>
    <name>RecurringDialog</name>
    <message>
        <location filename="../desktop/ui/dialogs/recurring_dialog.py" line="55"/>
        <source>Recurring All</source>
        <translation>חידוש אוטומטי לכל הדומיינים</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/recurring_dialog.py" line="55"/>
        <source>Recurring</source>
        <translation>חידוש אוטומטי</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/recurring_dialog.py" line="84"/>
        <source>Account holder ({name})</source>
        <translation>בעל החשבון ({name})</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/recurring_dialog.py" line="95"/>
        <source>Choose the card to charge…</source>
        <translation>בחירת הכרטיס לחיוב…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/recurring_dialog.py" line="101"/>
        <source>I have checked: this card may pay for this billing contact</source>
        <translation>בדקתי: כרטיס זה רשאי לשלם עבור איש הקשר לחיוב הזה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/recurring_dialog.py" line="252"/>
        <source>Verifying the card…</source>
        <translation>אימות הכרטיס מתבצע…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/recurring_dialog.py" line="117"/>
        <source>Confirm</source>
        <translation>אישור</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/recurring_dialog.py" line="120"/>
        <source>Billing contact</source>
        <translation>איש קשר לחיוב</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/recurring_dialog.py" line="121"/>
        <source>Card</source>
        <translation>כרטיס</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/recurring_dialog.py" line="123"/>
        <source>Automatic renewal will be switched on for:</source>
        <translation>החידוש האוטומטי יופעל עבור:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/recurring_dialog.py" line="210"/>
        <source>Warning: the card holder ({holder}) matches neither the billing contact&apos;s name nor its company. Invoices will be issued to the contact while the card pays.</source>
        <translation>אזהרה: שם בעל הכרטיס ({holder}) אינו תואם לא לשם איש הקשר לחיוב ולא לשם החברה שלו. החשבוניות יופקו לאיש הקשר, והתשלום ייגבה מהכרטיס.</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs/recurring_dialog.py" line="217"/>
        <source>Confirm replaces the card or billing contact of %n service(s) already renewing automatically (see “What changes”).</source>
        <translation>
            <numerusform>האישור יחליף את הכרטיס או את איש הקשר לחיוב של %n שירות שכבר מתחדש אוטומטית (פירוט בעמודה „מה משתנה”).</numerusform>
            <numerusform>האישור יחליף את הכרטיס או את איש הקשר לחיוב של %n שירותים שכבר מתחדשים אוטומטית (פירוט בעמודה „מה משתנה”).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/recurring_dialog.py" line="226"/>
        <source>The card expires before the next charge of: {services}. The charge will fail, the service may be suspended and reactivation may cost extra.</source>
        <translation>תוקף הכרטיס יפוג לפני החיוב הבא של: {services}. החיוב ייכשל, השירות עלול להיות מושעה והפעלתו מחדש עלולה להיות כרוכה בעלות נוספת.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/recurring_dialog.py" line="287"/>
        <source>Stopping… nothing will be changed</source>
        <translation>בעצירה… דבר לא ישתנה</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs/recurring_dialog.py" line="294"/>
        <source>{name}: automatic renewal is on for %n service(s).</source>
        <translation>
            <numerusform>{name}: החידוש האוטומטי פועל עבור %n שירות.</numerusform>
            <numerusform>{name}: החידוש האוטומטי פועל עבור %n שירותים.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs/recurring_dialog.py" line="298"/>
        <source>The card or billing contact of %n of them was replaced.</source>
        <translation>
            <numerusform>הכרטיס או איש הקשר לחיוב הוחלפו ב־%n מהם.</numerusform>
            <numerusform>הכרטיס או איש הקשר לחיוב הוחלפו ב־%n מהם.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecurringRowsModel</name>
    <message>
        <location filename="../desktop/ui/dialogs/recurring_rows.py" line="43"/>
        <source>no card</source>
        <translation>אין כרטיס</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/recurring_rows.py" line="49"/>
        <source>account holder</source>
        <translation>בעל החשבון</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/recurring_rows.py" line="57"/>
        <source>Switched on</source>
        <translation>יופעל</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/recurring_rows.py" line="59"/>
        <source>Card and billing contact replaced</source>
        <translation>הכרטיס ואיש הקשר לחיוב יוחלפו</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/recurring_rows.py" line="61"/>
        <source>Card replaced</source>
        <translation>הכרטיס יוחלף</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/recurring_rows.py" line="63"/>
        <source>Billing contact replaced</source>
        <translation>איש הקשר לחיוב יוחלף</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/recurring_rows.py" line="64"/>
        <source>No change</source>
        <translation>ללא שינוי</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/recurring_rows.py" line="83"/>
        <source>Service</source>
        <translation>שירות</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/recurring_rows.py" line="84"/>
        <source>Now</source>
        <translation>כעת</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/recurring_rows.py" line="85"/>
        <source>After Confirm</source>
        <translation>אחרי האישור</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/recurring_rows.py" line="86"/>
        <source>What changes</source>
        <translation>מה משתנה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/recurring_rows.py" line="87"/>
        <source>Next charge</source>
        <translation>החיוב הבא</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/recurring_rows.py" line="88"/>
        <source>Risk</source>
        <translation>סיכון</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/recurring_rows.py" line="99"/>
        <source>choose the card</source>
        <translation>יש לבחור כרטיס</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/recurring_rows.py" line="112"/>
        <source>Off</source>
        <translation>כבוי</translation>
    </message>
</context>
<context>
    <name>RemoveCardDialog</name>
    <message>
        <location filename="../desktop/ui/customers/remove_card_dialog.py" line="42"/>
        <location filename="../desktop/ui/customers/remove_card_dialog.py" line="76"/>
        <source>Remove card</source>
        <translation>הסרת כרטיס</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/remove_card_dialog.py" line="46"/>
        <source>Remove the card {card}?</source>
        <translation>להסיר את הכרטיס {card}?</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/remove_card_dialog.py" line="51"/>
        <source>Move them to:</source>
        <translation>העברה אל:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/remove_card_dialog.py" line="53"/>
        <source>Stop their automatic renewal (the customer is told by e-mail)</source>
        <translation>הפסקת החידוש האוטומטי שלהם (הלקוח יקבל על כך הודעת דוא״ל)</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/customers/remove_card_dialog.py" line="90"/>
        <source>%n service(s) with automatic renewal on this card:</source>
        <translation>
            <numerusform>%n שירות בחידוש אוטומטי בכרטיס הזה:</numerusform>
            <numerusform>%n שירותים בחידוש אוטומטי בכרטיס הזה:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/remove_card_dialog.py" line="59"/>
        <source>No service renews automatically with it.</source>
        <translation>אף שירות אינו מתחדש אוטומטית בכרטיס הזה.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/remove_card_dialog.py" line="128"/>
        <source>The card they move to expires before the next charge of: {services}. The charge will fail, the service may be suspended and reactivation may cost extra.</source>
        <translation>תוקף הכרטיס שאליו יועברו השירותים יפוג לפני החיוב הבא של: {services}. החיוב ייכשל, השירות עלול להיות מושעה והפעלתו מחדש עלולה להיות כרוכה בעלות נוספת.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/remove_card_dialog.py" line="147"/>
        <source>Removing the card…</source>
        <translation>הכרטיס מוסר…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/remove_card_dialog.py" line="157"/>
        <source>Meanwhile an automatic renewal started to use this card: choose where its services go, or stop their renewal. Nothing was changed.</source>
        <translation>בינתיים החל חידוש אוטומטי להשתמש בכרטיס הזה: יש לבחור לאן יועברו השירותים, או להפסיק את החידוש שלהם. לא שונה דבר.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/remove_card_dialog.py" line="165"/>
        <source>Card {card} removed.</source>
        <translation>הכרטיס {card} הוסר.</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/customers/remove_card_dialog.py" line="167"/>
        <source>%n service(s) moved to another card.</source>
        <translation>
            <numerusform>%n שירות הועבר לכרטיס אחר.</numerusform>
            <numerusform>%n שירותים הועברו לכרטיס אחר.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/customers/remove_card_dialog.py" line="169"/>
        <source>Automatic renewal stopped for %n service(s).</source>
        <translation>
            <numerusform>החידוש האוטומטי הופסק ל־%n שירות.</numerusform>
            <numerusform>החידוש האוטומטי הופסק ל־%n שירותים.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/remove_card_dialog.py" line="172"/>
        <source>The card they moved to expires before the next charge of: {services}.</source>
        <translation>תוקף הכרטיס שאליו הועברו השירותים יפוג לפני החיוב הבא של: {services}.</translation>
    </message>
</context>
<context>
    <name>RemoveContactDialog</name>
    <message>
        <location filename="../desktop/ui/customers/contact_dialog.py" line="225"/>
        <source>Remove billing contact</source>
        <translation>הסרת איש קשר לחיוב</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/contact_dialog.py" line="227"/>
        <source>Remove the billing contact {name} ({ref})? Documents already issued keep it.</source>
        <translation>להסיר את איש הקשר לחיוב {name} ({ref})? מסמכים שכבר הופקו שומרים אותו.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/contact_dialog.py" line="205"/>
        <source>The account holder ({name})</source>
        <translation>בעל החשבון ({name})</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/contact_dialog.py" line="232"/>
        <source>Move them to:</source>
        <translation>העברה אל:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/contact_dialog.py" line="234"/>
        <source>Cancel</source>
        <translation>ביטול</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/customers/contact_dialog.py" line="248"/>
        <source>The auto-renew of %n service(s) bills this contact. They move to the contact chosen below, then the contact is removed.</source>
        <translation>
            <numerusform>החידוש האוטומטי של שירות %n מחויב לאיש קשר זה. השירות יועבר לאיש הקשר שייבחר להלן, ואז איש הקשר יוסר.</numerusform>
            <numerusform>החידוש האוטומטי של %n שירותים מחויב לאיש קשר זה. השירותים יועברו לאיש הקשר שייבחר להלן, ואז איש הקשר יוסר.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/contact_dialog.py" line="255"/>
        <source>Move and remove</source>
        <translation>העברה והסרה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/contact_dialog.py" line="255"/>
        <source>Remove</source>
        <translation>הסרה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/contact_dialog.py" line="322"/>
        <source>The billing contact to move them to ({name}) is no longer on the account. Nothing was changed; choose another.</source>
        <translation>איש הקשר לחיוב שאליו היו אמורים לעבור ({name}) כבר לא שייך לחשבון. לא שונה דבר; יש לבחור איש קשר אחר.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/contact_dialog.py" line="337"/>
        <source>Removing…</source>
        <translation>בהסרה…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/contact_dialog.py" line="363"/>
        <source>Meanwhile an auto-renew started to bill this contact: choose where its services go.</source>
        <translation>בינתיים החל חידוש אוטומטי לחייב את איש הקשר הזה: יש לבחור לאן יועברו השירותים שלו.</translation>
    </message>
</context>
<context>
    <name>ReplaceCardDialog</name>
    <message>
        <location filename="../desktop/ui/customers/replace_card_dialog.py" line="48"/>
        <source>Replace card</source>
        <translation>החלפת כרטיס</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/customers/replace_card_dialog.py" line="105"/>
        <source>%n service(s) will move from this card to the new one:</source>
        <translation>
            <numerusform>%n שירות יעבור מהכרטיס הזה לכרטיס החדש:</numerusform>
            <numerusform>%n שירותים יעברו מהכרטיס הזה לכרטיס החדש:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/replace_card_dialog.py" line="53"/>
        <source>A card already saved:</source>
        <translation>כרטיס שכבר שמור:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/replace_card_dialog.py" line="54"/>
        <source>A new card, typed now:</source>
        <translation>כרטיס חדש שמוקלד עכשיו:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/replace_card_dialog.py" line="74"/>
        <source>Old card: {card}</source>
        <translation>הכרטיס הישן: {card}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/replace_card_dialog.py" line="78"/>
        <source>The customer&apos;s new card:</source>
        <translation>הכרטיס החדש של הלקוח:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/replace_card_dialog.py" line="86"/>
        <source>Replace</source>
        <translation>החלפה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/replace_card_dialog.py" line="100"/>
        <source>No service uses this card, so nothing will move: a new card typed here is simply added.</source>
        <translation>אף שירות לא משתמש בכרטיס הזה, כך ששום דבר לא יועבר: כרטיס חדש שיוקלד כאן פשוט יתווסף.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/replace_card_dialog.py" line="122"/>
        <source>{service} ({reason})</source>
        <translation>{service} ({reason})</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/customers/replace_card_dialog.py" line="133"/>
        <source>%n service(s) stopped because this card failed. Switch auto-renew on again with the new card for:</source>
        <translation>
            <numerusform>החידוש האוטומטי של %n שירות נעצר כי הכרטיס הזה נכשל. הפעלה מחדש של החידוש האוטומטי עם הכרטיס החדש עבור:</numerusform>
            <numerusform>החידוש האוטומטי של %n שירותים נעצר כי הכרטיס הזה נכשל. הפעלה מחדש של החידוש האוטומטי עם הכרטיס החדש עבור:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/replace_card_dialog.py" line="169"/>
        <source>The new card expires before the next charge of: {services}. The charge will fail, the service may be suspended and reactivation may cost extra.</source>
        <translation>תוקף הכרטיס החדש יפוג לפני החיוב הבא של: {services}. החיוב ייכשל, השירות עלול להיות מושעה והפעלתו מחדש עלולה להיות כרוכה בעלות נוספת.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/replace_card_dialog.py" line="189"/>
        <source>Choose the saved card to move the services to.</source>
        <translation>יש לבחור את הכרטיס השמור שאליו יועברו השירותים.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/replace_card_dialog.py" line="212"/>
        <source>Checking the new card and moving the services…</source>
        <translation>הכרטיס החדש נבדק והשירותים מועברים…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/replace_card_dialog.py" line="231"/>
        <source>Checking the new card with the payment gateway and moving the services…</source>
        <translation>הכרטיס החדש נבדק מול שער התשלומים והשירותים מועברים…</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/customers/replace_card_dialog.py" line="237"/>
        <source>%n service(s) moved to the new card.</source>
        <translation>
            <numerusform>%n שירות הועבר לכרטיס החדש.</numerusform>
            <numerusform>%n שירותים הועברו לכרטיס החדש.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/replace_card_dialog.py" line="240"/>
        <source>Auto-renew is on again for: {services}.</source>
        <translation>החידוש האוטומטי פעיל שוב עבור: {services}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/replace_card_dialog.py" line="246"/>
        <source>Auto-renew is still off for: {services}; switch it on in Recurring.</source>
        <translation>החידוש האוטומטי עדיין כבוי עבור: {services}; אפשר להפעיל אותו בחלון החידוש האוטומטי.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/replace_card_dialog.py" line="252"/>
        <source>The new card expires before the next charge of: {services}.</source>
        <translation>תוקף הכרטיס החדש יפוג לפני החיוב הבא של: {services}.</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../desktop/ui/admin/staff_dialog.py" line="167"/>
        <source>Reset the password of {name}</source>
        <translation>איפוס הסיסמה של {name}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_dialog.py" line="170"/>
        <source>The new password works at once, and a lockout is lifted.</source>
        <translation>הסיסמה החדשה תקפה מיד, ואם החשבון נעול – הנעילה מוסרת.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_dialog.py" line="172"/>
        <source>Staff member</source>
        <translation>איש צוות</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_dialog.py" line="174"/>
        <source>New password</source>
        <translation>סיסמה חדשה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_dialog.py" line="175"/>
        <source>Password again</source>
        <translation>אימות סיסמה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_dialog.py" line="176"/>
        <source>Reset password</source>
        <translation>איפוס סיסמה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_dialog.py" line="181"/>
        <source>The two passwords differ.</source>
        <translation>שתי הסיסמאות אינן זהות.</translation>
    </message>
</context>
<context>
    <name>RunTexts</name>
    <message>
        <location filename="../desktop/ui/admin/run_texts.py" line="21"/>
        <source>card check passed</source>
        <translation>הכרטיס אומת</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/run_texts.py" line="22"/>
        <source>card check failed</source>
        <translation>אימות הכרטיס נכשל</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/run_texts.py" line="23"/>
        <source>pre-charge notice queued</source>
        <translation>הודעה לפני חיוב נכנסה לתור</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/run_texts.py" line="24"/>
        <source>charged</source>
        <translation>חויב</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/run_texts.py" line="25"/>
        <source>charge failed</source>
        <translation>החיוב נכשל</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/run_texts.py" line="26"/>
        <source>auto-renew stopped</source>
        <translation>החידוש האוטומטי הופסק</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/run_texts.py" line="27"/>
        <source>needs attention</source>
        <translation>דורש טיפול</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/run_texts.py" line="34"/>
        <source>running</source>
        <translation>רצה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/run_texts.py" line="35"/>
        <source>completed</source>
        <translation>הושלמה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/run_texts.py" line="36"/>
        <source>stopped early</source>
        <translation>נעצרה לפני הסוף</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/run_texts.py" line="37"/>
        <source>failed</source>
        <translation>נכשלה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/run_texts.py" line="38"/>
        <source>abandoned (stopped without finishing)</source>
        <translation>ננטשה (נעצרה בלי לסיים)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/run_texts.py" line="46"/>
        <source>nothing was due</source>
        <translation>לא היה מה לבצע</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/run_texts.py" line="48"/>
        <source>{count} × {what}</source>
        <translation>{count} × {what}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/run_texts.py" line="56"/>
        <source>no e-mail</source>
        <translation>אין הודעות</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/admin/run_texts.py" line="60"/>
        <source>%n failing</source>
        <translation>
            <numerusform>%n נכשלת</numerusform>
            <numerusform>%n נכשלות</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/admin/run_texts.py" line="61"/>
        <source>%n given up</source>
        <translation>
            <numerusform>%n נכשלה סופית</numerusform>
            <numerusform>%n נכשלו סופית</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/admin/run_texts.py" line="62"/>
        <source>%n queued</source>
        <translation>
            <numerusform>%n בתור</numerusform>
            <numerusform>%n בתור</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/admin/run_texts.py" line="63"/>
        <source>%n sent</source>
        <translation>
            <numerusform>%n נשלחה</numerusform>
            <numerusform>%n נשלחו</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/run_texts.py" line="71"/>
        <source>The checks stopped with an error ({detail})</source>
        <translation>הבדיקות נעצרו בשגיאה ({detail})</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/run_texts.py" line="77"/>
        <source>The gateway&apos;s answer about {service} is not known yet ({detail})</source>
        <translation>תשובת שער התשלומים לגבי {service} עדיין לא ידועה ({detail})</translation>
    </message>
</context>
<context>
    <name>RunsModel</name>
    <message>
        <location filename="../desktop/ui/admin/operations_dialog.py" line="107"/>
        <source>Started</source>
        <translation>התחלה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/operations_dialog.py" line="108"/>
        <source>Workstation</source>
        <translation>עמדה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/operations_dialog.py" line="109"/>
        <source>Day checked</source>
        <translation>היום שנבדק</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/operations_dialog.py" line="112"/>
        <source>E-mails now</source>
        <translation>מצב ההודעות כעת</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/operations_dialog.py" line="110"/>
        <source>Outcome</source>
        <translation>תוצאה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/operations_dialog.py" line="111"/>
        <source>What it did</source>
        <translation>מה בוצע</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/operations_dialog.py" line="113"/>
        <source>Problems</source>
        <translation>בעיות</translation>
    </message>
</context>
<context>
    <name>SavePdf</name>
    <message>
        <location filename="../desktop/ui/documents/save_pdf.py" line="36"/>
        <source>Save as PDF</source>
        <translation>שמירה כ-PDF</translation>
    </message>
    <message>
        <location filename="../desktop/ui/documents/save_pdf.py" line="46"/>
        <source>The PDF could not be saved as {file}.</source>
        <translation>לא ניתן היה לשמור את קובץ ה-PDF בשם {file}.</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../desktop/ui/customers/search_panel.py" line="82"/>
        <source>Find a customer: name, e-mail, domain or phone</source>
        <translation>חיפוש לקוח: שם, דוא״ל, דומיין או טלפון</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/search_panel.py" line="83"/>
        <source>Show more</source>
        <translation>הצגת עוד</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/search_panel.py" line="84"/>
        <source>&amp;Find a customer</source>
        <translation>&amp;חיפוש לקוח</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/customers/search_panel.py" line="169"/>
        <source>{shown} of %n customer(s) shown: refine the search</source>
        <translation>
            <numerusform>מוצגים {shown} מתוך %n לקוח: כדאי לחדד את החיפוש</numerusform>
            <numerusform>מוצגים {shown} מתוך %n לקוחות: כדאי לחדד את החיפוש</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/customers/search_panel.py" line="174"/>
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n לקוח</numerusform>
            <numerusform>%n לקוחות</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServiceHistory</name>
    <message>
        <location filename="../desktop/ui/dialogs/service_history.py" line="40"/>
        <source>card checked</source>
        <translation>הכרטיס אומת</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/service_history.py" line="109"/>
        <source>History</source>
        <translation>היסטוריה</translation>
    </message>
</context>
<context>
    <name>ServicePage</name>
    <message>
        <location filename="../desktop/ui/dialogs/service_page.py" line="67"/>
        <source>Renew automatically</source>
        <translation>חידוש אוטומטי</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/service_page.py" line="180"/>
        <source>No card</source>
        <translation>אין כרטיס</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/service_page.py" line="186"/>
        <source>Account holder ({name})</source>
        <translation>בעל החשבון ({name})</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs/service_page.py" line="76"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n חודש</numerusform>
            <numerusform>%n חודשים</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/service_page.py" line="95"/>
        <source>I have checked: this card may pay for this billing contact</source>
        <translation>בדקתי: כרטיס זה רשאי לשלם עבור איש הקשר לחיוב הזה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/service_page.py" line="102"/>
        <source>Kind</source>
        <translation>סוג</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/service_page.py" line="104"/>
        <source>Domain</source>
        <translation>דומיין</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/service_page.py" line="106"/>
        <source>Hosting ({plan})</source>
        <translation>חבילת אחסון ({plan})</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/service_page.py" line="109"/>
        <source>Expires</source>
        <translation>תוקף עד</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/service_page.py" line="110"/>
        <source>Next charge</source>
        <translation>החיוב הבא</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/service_page.py" line="111"/>
        <source>Stopped</source>
        <translation>הופסק</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/service_page.py" line="113"/>
        <source>Risk</source>
        <translation>סיכון</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/service_page.py" line="118"/>
        <source>Card</source>
        <translation>כרטיס</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/service_page.py" line="119"/>
        <source>Billing contact</source>
        <translation>איש קשר לחיוב</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/service_page.py" line="121"/>
        <location filename="../desktop/ui/dialogs/service_page.py" line="125"/>
        <source>Period</source>
        <translation>תקופה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/service_page.py" line="122"/>
        <source>Installments</source>
        <translation>תשלומים</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs/service_page.py" line="125"/>
        <source>%n month(s), in one payment</source>
        <translation>
            <numerusform>%n חודש, בתשלום אחד</numerusform>
            <numerusform>%n חודשים, בתשלום אחד</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/service_page.py" line="343"/>
        <source>The card expires before the next charge on {date}: the charge will fail, the service may be suspended and reactivation may cost extra.</source>
        <translation>תוקף הכרטיס יפוג לפני החיוב הבא ב־{date}: החיוב ייכשל, השירות עלול להיות מושעה והפעלתו מחדש עלולה להיות כרוכה בעלות נוספת.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/service_page.py" line="352"/>
        <source>Warning: the card holder ({holder}) matches neither the billing contact&apos;s name nor its company.</source>
        <translation>אזהרה: שם בעל הכרטיס ({holder}) אינו תואם לא לשם איש הקשר לחיוב ולא לשם החברה שלו.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/service_page.py" line="377"/>
        <source>Verifying the card and saving…</source>
        <translation>הכרטיס מאומת והשינויים נשמרים…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/service_page.py" line="379"/>
        <source>Saving…</source>
        <translation>בשמירה…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/service_page.py" line="426"/>
        <source>Stopping… nothing will be changed</source>
        <translation>בעצירה… דבר לא ישתנה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/service_page.py" line="434"/>
        <source>{service}: automatic renewal is on.</source>
        <translation>{service}: החידוש האוטומטי פועל.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/service_page.py" line="436"/>
        <source>{service}: automatic renewal is off; the customer&apos;s e-mail is queued.</source>
        <translation>{service}: החידוש האוטומטי כבוי; הודעת הדוא״ל ללקוח ממתינה לשליחה.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/service_page.py" line="438"/>
        <source>{service}: the changes are saved.</source>
        <translation>{service}: השינויים נשמרו.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/service_page.py" line="440"/>
        <source>{service}: nothing needed saving.</source>
        <translation>{service}: לא היה מה לשמור.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/service_page.py" line="443"/>
        <source>An updated notice to the customer is queued.</source>
        <translation>הודעה מעודכנת ללקוח ממתינה לשליחה.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/service_page.py" line="467"/>
        <source>Your changes are kept on the page: check them against it and save again.</source>
        <translation>השינויים שלך נשמרו בדף: יש לבדוק אותם מול המצב הנוכחי ולשמור שוב.</translation>
    </message>
</context>
<context>
    <name>ServicesModel</name>
    <message>
        <location filename="../desktop/ui/customers/services_model.py" line="52"/>
        <source>Tick</source>
        <translation>סימון</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/services_model.py" line="53"/>
        <source>Service</source>
        <translation>שירות</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/services_model.py" line="54"/>
        <source>Kind</source>
        <translation>סוג</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/services_model.py" line="55"/>
        <source>Expires</source>
        <translation>תוקף עד</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/services_model.py" line="56"/>
        <source>Auto-renew</source>
        <translation>חידוש אוטומטי</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/services_model.py" line="57"/>
        <source>Card</source>
        <translation>כרטיס</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/services_model.py" line="58"/>
        <source>Billing contact</source>
        <translation>איש קשר לחיוב</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/services_model.py" line="59"/>
        <source>Next charge</source>
        <translation>החיוב הבא</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/services_model.py" line="60"/>
        <source>Risk</source>
        <translation>סיכון</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/services_model.py" line="76"/>
        <source>Domain</source>
        <translation>דומיין</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/services_model.py" line="77"/>
        <source>Hosting ({plan})</source>
        <translation>חבילת אחסון ({plan})</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/services_model.py" line="78"/>
        <source>Active</source>
        <translation>פעיל</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/services_model.py" line="269"/>
        <source>All services</source>
        <translation>כל השירותים</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/services_model.py" line="270"/>
        <source>Domains</source>
        <translation>דומיינים</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/services_model.py" line="271"/>
        <source>Hosting packages</source>
        <translation>חבילות אחסון</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/services_model.py" line="272"/>
        <source>Recurring on</source>
        <translation>עם חידוש אוטומטי</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/services_model.py" line="273"/>
        <source>At risk</source>
        <translation>בסיכון</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="35"/>
        <source>Card check and notice (days before)</source>
        <translation>אימות כרטיס והודעה (ימים לפני)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="36"/>
        <source>Charge (days before expiry)</source>
        <translation>חיוב (ימים לפני תום התוקף)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="37"/>
        <source>Late charges allowed (days)</source>
        <translation>חיוב באיחור מותר (ימים)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="38"/>
        <source>Company time zone</source>
        <translation>אזור הזמן של החברה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="39"/>
        <source>SMTP server</source>
        <translation>שרת SMTP</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="40"/>
        <source>SMTP port</source>
        <translation>פורט SMTP</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="41"/>
        <source>SMTP user name</source>
        <translation>שם משתמש SMTP</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="42"/>
        <source>Encrypt with STARTTLS</source>
        <translation>הצפנה עם STARTTLS</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="43"/>
        <source>Sender address</source>
        <translation>כתובת השולח</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="44"/>
        <source>Give up on an e-mail after (days)</source>
        <translation>הפסקת ניסיונות השליחה אחרי (ימים)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="45"/>
        <source>Renewal page address</source>
        <translation>כתובת דף החידוש</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="46"/>
        <source>Renewal settings page address</source>
        <translation>כתובת דף הגדרות החידוש</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="47"/>
        <source>Links valid for (days)</source>
        <translation>תוקף קישורים (ימים)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="48"/>
        <source>Company name</source>
        <translation>שם החברה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="49"/>
        <source>Company address</source>
        <translation>כתובת החברה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="50"/>
        <source>Company tax ID</source>
        <translation>מספר עוסק של החברה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="51"/>
        <source>Proformas valid for (days)</source>
        <translation>תוקף חשבון עסקה (ימים)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="52"/>
        <source>How to pay (on proformas)</source>
        <translation>אופן התשלום (בחשבונות עסקה)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="53"/>
        <source>Background checks every (minutes)</source>
        <translation>תדירות בדיקות הרקע (דקות)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="56"/>
        <source>Gateway calls at once</source>
        <translation>פניות מקבילות לשער התשלומים</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="57"/>
        <source>Sandbox gateway delay (ms)</source>
        <translation>השהיית שער הניסוי (אלפיות שנייה)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="58"/>
        <source>SMTP password</source>
        <translation>סיסמת SMTP</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="59"/>
        <source>Link-signing key</source>
        <translation>מפתח חתימת הקישורים</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="60"/>
        <source>Payment gateway API key</source>
        <translation>מפתח API של שער התשלומים</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="61"/>
        <source>Database password (PostgreSQL)</source>
        <translation>סיסמת מסד הנתונים (PostgreSQL)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="69"/>
        <source>How many days before each charge date the card is checked and the customer is told that the service will renew. The days are counted in the company&apos;s time zone.</source>
        <translation>כמה ימים לפני כל מועד חיוב הכרטיס מאומת והלקוח מקבל הודעה שהשירות יחודש. הימים נספרים לפי אזור הזמן של החברה.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="73"/>
        <source>How many days before a service expires its automatic charge is made (0: on the expiry date).</source>
        <translation>כמה ימים לפני תום תוקף השירות מתבצע החיוב האוטומטי שלו (0: ביום תום התוקף).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="77"/>
        <source>When the checks did not run for a while, a charge date that passed at most this many days ago is still charged; older ones are listed as needing attention and are not charged.</source>
        <translation>אם הבדיקות לא רצו במשך זמן מה, חיוב שמועדו חלף לפני מספר ימים זה לכל היותר עדיין יבוצע; חיובים ישנים יותר יסומנו כדורשים טיפול ולא יבוצעו.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="81"/>
        <source>The company&apos;s time zone, such as Asia/Jerusalem: today&apos;s date and the days before a charge are counted in it.</source>
        <translation>אזור הזמן של החברה, למשל Asia/Jerusalem: התאריך של היום והימים שלפני חיוב נספרים לפיו.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="85"/>
        <source>The name or address of the mail server that sends the e-mails to customers.</source>
        <translation>השם או הכתובת של שרת הדואר ששולח את הודעות הדוא״ל ללקוחות.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="88"/>
        <source>The mail server&apos;s port: usually 587 with STARTTLS, 25 without.</source>
        <translation>הפורט של שרת הדואר: בדרך כלל 587 עם STARTTLS, ו־25 בלעדיו.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="91"/>
        <source>The user name for the mail server; leave it empty when the server needs no login.</source>
        <translation>שם המשתמש בשרת הדואר; יש להשאיר ריק אם השרת אינו דורש התחברות.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="94"/>
        <source>Encrypt the connection to the mail server before logging in; most servers on port 587 require it.</source>
        <translation>הצפנת החיבור לשרת הדואר לפני ההתחברות; רוב השרתים בפורט 587 דורשים זאת.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="98"/>
        <source>The From address of every e-mail to customers, such as renewals@example.com.</source>
        <translation>כתובת השולח (From) בכל הודעת דוא״ל ללקוחות, למשל renewals@example.com.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="101"/>
        <source>An e-mail that could not be sent for this many days is given up and listed for staff to follow up.</source>
        <translation>הודעת דוא״ל שלא ניתן היה לשלוח במשך מספר ימים זה נכשלת סופית ומופיעה ברשימת המעקב של הצוות.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="105"/>
        <source>The customer portal&apos;s renewal page: every renewal link in an e-mail starts with it and carries a signed token.</source>
        <translation>דף החידוש בפורטל הלקוחות: כל קישור חידוש בהודעת דוא״ל מתחיל בכתובת זו ונושא אסימון חתום.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="109"/>
        <source>The customer portal&apos;s page for automatic renewal settings: the settings links in e-mails start with it.</source>
        <translation>דף הגדרות החידוש האוטומטי בפורטל הלקוחות: קישורי ההגדרות בהודעות הדוא״ל מתחילים בכתובת זו.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="113"/>
        <source>How many days a link in an e-mail keeps working after it is sent.</source>
        <translation>כמה ימים קישור בהודעת דוא״ל ממשיך לפעול לאחר שליחתה.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="116"/>
        <source>The sender&apos;s name and the signature of every e-mail to customers.</source>
        <translation>שם השולח והחתימה בכל הודעת דוא״ל ללקוחות.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="119"/>
        <source>The company&apos;s address, one line per line as printed at the top of every proforma and invoice.</source>
        <translation>כתובת החברה, שורה אחר שורה, כפי שהיא מודפסת בראש כל חשבון עסקה וכל חשבונית.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="123"/>
        <source>The company&apos;s tax or VAT number, printed on every proforma and invoice.</source>
        <translation>מספר העוסק או מספר המע״מ של החברה, המודפס בכל חשבון עסקה וכל חשבונית.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="126"/>
        <source>How many days a new proforma stays valid; the date is printed on it. An expired proforma can still be paid.</source>
        <translation>כמה ימים חשבון עסקה חדש נשאר בתוקף; התאריך מודפס עליו. גם חשבון עסקה שפג תוקפו עדיין אפשר לשלם.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="130"/>
        <source>Payment instructions printed on every new proforma, such as the bank account for a transfer.</source>
        <translation>הוראות תשלום המודפסות בכל חשבון עסקה חדש, כמו פרטי חשבון הבנק להעברה.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="134"/>
        <source>How often every open window runs the due checks in the background.</source>
        <translation>באיזו תדירות כל חלון פתוח מריץ ברקע את בדיקות המועדים.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="137"/>
        <source>How many calls to the payment gateway the due checks make at the same time.</source>
        <translation>כמה פניות לשער התשלומים מבצעות בדיקות המועדים בו־זמנית.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="140"/>
        <source>A delay added to every answer of the built-in sandbox gateway, to try the program with a slow gateway; 0 for none.</source>
        <translation>השהיה שמתווספת לכל תשובה של שער הניסוי המובנה, כדי לנסות את התוכנה עם שער איטי; 0 ללא השהיה.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="144"/>
        <source>The password of the SMTP user, kept in this workstation&apos;s keyring.</source>
        <translation>הסיסמה של משתמש ה־SMTP, שמורה במחזיק המפתחות של עמדה זו.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="147"/>
        <source>The secret that signs the links in e-mails; the customer portal checks them with the same key.</source>
        <translation>הערך הסודי שחותם על הקישורים בהודעות הדוא״ל; פורטל הלקוחות מאמת אותם באותו מפתח.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="151"/>
        <source>The API key of the payment gateway, kept in this workstation&apos;s keyring.</source>
        <translation>מפתח ה־API של שער התשלומים, שמור במחזיק המפתחות של עמדה זו.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="154"/>
        <source>The password this workstation uses for a PostgreSQL database whose address carries none.</source>
        <translation>הסיסמה שעמדה זו משתמשת בה למסד נתונים PostgreSQL שכתובתו אינה כוללת סיסמה.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="166"/>
        <source>This setting needs a value.</source>
        <translation>להגדרה הזו נדרש ערך.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="168"/>
        <source>Only spaces were typed: leave the field empty or type a value.</source>
        <translation>הוקלדו רק רווחים: יש להשאיר את השדה ריק או להקליד ערך.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="172"/>
        <source>Remove the invisible or control character {character}: it cannot be used here.</source>
        <translation>יש להסיר את התו הבלתי נראה או תו הבקרה {character}: אי אפשר להשתמש בו כאן.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="181"/>
        <source>Enter a whole number from {low} to {high}.</source>
        <translation>יש להזין מספר שלם בין {low} ל־{high}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="182"/>
        <source>Choose on or off.</source>
        <translation>יש לבחור מופעל או כבוי.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="183"/>
        <source>Choose a time zone from the list, such as Asia/Jerusalem.</source>
        <translation>יש לבחור אזור זמן מהרשימה, למשל Asia/Jerusalem.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="186"/>
        <source>Enter a server name or address, without spaces.</source>
        <translation>יש להזין שם או כתובת של שרת, ללא רווחים.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="187"/>
        <source>Enter an e-mail address such as renewals@example.com.</source>
        <translation>יש להזין כתובת דוא״ל, למשל renewals@example.com.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="190"/>
        <source>Enter an address that starts with https://, such as https://portal.example.com/renew.</source>
        <translation>יש להזין כתובת שמתחילה ב־https://, למשל https://portal.example.com/renew.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="194"/>
        <source>This setting is unknown.</source>
        <translation>הגדרה זו אינה מוכרת.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="196"/>
        <source>This value cannot be used.</source>
        <translation>לא ניתן להשתמש בערך זה.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../desktop/ui/admin/settings_dialog.py" line="175"/>
        <source>Settings</source>
        <translation>הגדרות</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_dialog.py" line="201"/>
        <source>Passwords and keys are kept in this workstation&apos;s keyring, never in the database, and are never shown again: a field left empty keeps what is kept.</source>
        <translation>סיסמאות ומפתחות נשמרים במחזיק המפתחות של עמדה זו, לעולם לא במסד הנתונים, ואינם מוצגים שוב: שדה שנשאר ריק שומר על הערך הקיים.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_dialog.py" line="207"/>
        <source>Loading the settings…</source>
        <translation>ההגדרות נטענות…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_dialog.py" line="210"/>
        <source>Send test e-mail…</source>
        <translation>שליחת הודעת בדיקה…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_dialog.py" line="212"/>
        <source>Sends an e-mail through the mail server with the values shown here, saved or not.</source>
        <translation>שליחת הודעת דוא״ל דרך שרת הדואר עם הערכים המוצגים כאן, בין אם נשמרו ובין אם לא.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_dialog.py" line="251"/>
        <source>Due checks &amp;&amp; charges</source>
        <translation>בדיקות מועדים וחיובים</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_dialog.py" line="252"/>
        <source>E-mail (SMTP)</source>
        <translation>דוא״ל (SMTP)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_dialog.py" line="253"/>
        <source>Links &amp;&amp; portal</source>
        <translation>קישורים ופורטל</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_dialog.py" line="254"/>
        <source>Company</source>
        <translation>חברה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_dialog.py" line="255"/>
        <source>Proformas &amp;&amp; invoices</source>
        <translation>חשבונות עסקה וחשבוניות</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_dialog.py" line="256"/>
        <source>Background &amp;&amp; gateway</source>
        <translation>רקע ושער תשלומים</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_dialog.py" line="282"/>
        <source>Every workstation that shares this database must keep the same link-signing key: type the same key on each of them, and give it to the customer portal.</source>
        <translation>כל העמדות שמשתמשות במסד נתונים זה חייבות לשמור את אותו מפתח חתימת הקישורים: יש להקליד את אותו המפתח בכל אחת מהן, ולמסור אותו גם לפורטל הלקוחות.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_dialog.py" line="339"/>
        <source>(empty)</source>
        <translation>(ריק)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_dialog.py" line="341"/>
        <source>From {low} to {high}.</source>
        <translation>מ־{low} עד {high}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_dialog.py" line="348"/>
        <source>Default: {value}</source>
        <translation>ברירת מחדל: {value}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_dialog.py" line="359"/>
        <source>no keyring</source>
        <translation>אין מחזיק מפתחות</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_dialog.py" line="373"/>
        <source>set — type a new one to replace it</source>
        <translation>מוגדר — יש להקליד ערך חדש כדי להחליפו</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_dialog.py" line="373"/>
        <source>not set</source>
        <translation>לא מוגדר</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_dialog.py" line="428"/>
        <source>Another admin saved the settings meanwhile; their values are shown, except what you typed in: {names}. Saving replaces theirs there.</source>
        <translation>מנהל אחר שמר בינתיים את ההגדרות; מוצגים הערכים שלו, חוץ ממה שהוקלד כאן: {names}. השמירה תחליף שם את הערכים שלו.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_dialog.py" line="433"/>
        <source>Another admin saved the settings meanwhile; their values are shown.</source>
        <translation>מנהל אחר שמר בינתיים את ההגדרות; מוצגים הערכים שלו.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_dialog.py" line="485"/>
        <source>Saving…</source>
        <translation>בשמירה…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_dialog.py" line="513"/>
        <source>Nothing was saved. Check these settings: {names}</source>
        <translation>לא נשמר דבר. יש לבדוק את ההגדרות האלה: {names}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_dialog.py" line="518"/>
        <source>The settings were saved, but the passwords and keys were not: {error}</source>
        <translation>ההגדרות נשמרו, אבל הסיסמאות והמפתחות לא נשמרו: {error}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_dialog.py" line="531"/>
        <source>Send test e-mail</source>
        <translation>שליחת הודעת בדיקה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_dialog.py" line="532"/>
        <source>Send a test e-mail, with the settings shown (saved or not), to:</source>
        <translation>שליחת הודעת בדיקה, עם ההגדרות המוצגות (שמורות או לא), אל:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_dialog.py" line="536"/>
        <source>Send</source>
        <translation>שליחה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_dialog.py" line="555"/>
        <source>Sending a test e-mail to {address}…</source>
        <translation>הודעת בדיקה נשלחת אל {address}…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_dialog.py" line="589"/>
        <source>The test e-mail was sent to {address}. Check that it arrived.</source>
        <translation>הודעת הבדיקה נשלחה אל {address}. יש לוודא שהיא הגיעה.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_dialog.py" line="599"/>
        <source>The test e-mail was not sent. Check these settings: {names}</source>
        <translation>הודעת הבדיקה לא נשלחה. יש לבדוק את ההגדרות האלה: {names}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_dialog.py" line="617"/>
        <source>Sending the test e-mail… (finishing)</source>
        <translation>שולחים את הודעת הבדיקה… (מסיימים)</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../desktop/ui/dialogs/sign_in.py" line="240"/>
        <source>Sign in to RenewDesk</source>
        <translation>כניסה ל־RenewDesk</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/sign_in.py" line="245"/>
        <source>Sign in</source>
        <translation>כניסה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/sign_in.py" line="241"/>
        <source>Language</source>
        <translation>שפה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/sign_in.py" line="242"/>
        <source>Name</source>
        <translation>שם</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/sign_in.py" line="243"/>
        <source>Password</source>
        <translation>סיסמה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/sign_in.py" line="245"/>
        <source>Connecting…</source>
        <translation>בהתחברות…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/sign_in.py" line="246"/>
        <source>Cancel</source>
        <translation>ביטול</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/sign_in.py" line="247"/>
        <source>Retry</source>
        <translation>ניסיון חוזר</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/sign_in.py" line="248"/>
        <source>Choose another connection…</source>
        <translation>בחירת חיבור אחר…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/sign_in.py" line="255"/>
        <source>Connecting to the database… You are signed in as soon as it is open.</source>
        <translation>מתבצעת התחברות למסד הנתונים… הכניסה תתבצע מיד כשהוא ייפתח.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/sign_in.py" line="256"/>
        <source>Connecting to the database… You can type your name and password.</source>
        <translation>מתבצעת התחברות למסד הנתונים… אפשר כבר להקליד שם וסיסמה.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/sign_in.py" line="264"/>
        <source>The database file of this computer is not there: {path}. It may have been moved or deleted, or be on a drive that is not connected. Connect the drive and press Retry, or choose another connection with the button below.</source>
        <translation>קובץ מסד הנתונים של המחשב הזה אינו נמצא: {path}. ייתכן שהוא הועבר או נמחק, או שהוא נמצא בכונן שאינו מחובר. יש לחבר את הכונן וללחוץ על ניסיון חוזר, או לבחור חיבור אחר בכפתור שלמטה.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/sign_in.py" line="267"/>
        <source>The database could not be opened: {reason}</source>
        <translation>לא ניתן לפתוח את מסד הנתונים: {reason}</translation>
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
        <location filename="../desktop/ui/admin/staff_dialog.py" line="191"/>
        <source>Staff</source>
        <translation>צוות</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_dialog.py" line="211"/>
        <source>Add…</source>
        <translation>הוספה…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_dialog.py" line="212"/>
        <source>Change role…</source>
        <translation>שינוי תפקיד…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_dialog.py" line="213"/>
        <source>Reset password…</source>
        <translation>איפוס סיסמה…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_dialog.py" line="214"/>
        <location filename="../desktop/ui/admin/staff_dialog.py" line="292"/>
        <source>Disable</source>
        <translation>השבתה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_dialog.py" line="292"/>
        <source>Enable</source>
        <translation>הפעלה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_dialog.py" line="302"/>
        <source>You cannot disable yourself.</source>
        <translation>לא ניתן להשבית את החשבון שלך.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_dialog.py" line="315"/>
        <source>{name} was added.</source>
        <translation>איש הצוות {name} נוסף.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_dialog.py" line="324"/>
        <source>{name} is now: {role}.</source>
        <translation>התפקיד של {name} הוא כעת: {role}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_dialog.py" line="335"/>
        <source>The password of {name} was reset.</source>
        <translation>הסיסמה של {name} אופסה.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_dialog.py" line="345"/>
        <source>Disable a staff member</source>
        <translation>השבתת איש צוות</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_dialog.py" line="346"/>
        <source>Disable {name}? They will no longer be able to sign in.</source>
        <translation>להשבית את {name}? לאחר ההשבתה לא ניתן יהיה להיכנס עם חשבון זה.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_dialog.py" line="365"/>
        <source>{name} was enabled.</source>
        <translation>החשבון של {name} הופעל.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_dialog.py" line="367"/>
        <source>{name} was disabled.</source>
        <translation>החשבון של {name} הושבת.</translation>
    </message>
</context>
<context>
    <name>StaffModel</name>
    <message>
        <location filename="../desktop/ui/admin/staff_model.py" line="33"/>
        <source>Active</source>
        <translation>פעיל</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_model.py" line="35"/>
        <source>Disabled</source>
        <translation>מושבת</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_model.py" line="55"/>
        <source>Name</source>
        <translation>שם</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_model.py" line="56"/>
        <source>Role</source>
        <translation>תפקיד</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_model.py" line="57"/>
        <source>State</source>
        <translation>מצב</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_model.py" line="58"/>
        <source>Locked until</source>
        <translation>נעול עד</translation>
    </message>
</context>
<context>
    <name>SwitchOff</name>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs/switch_off.py" line="46"/>
        <source>Switch automatic renewal off for %n service(s)? The customer will be told by e-mail.</source>
        <translation>
            <numerusform>לבטל את החידוש האוטומטי של %n שירות? הלקוח יקבל על כך הודעה בדוא״ל.</numerusform>
            <numerusform>לבטל את החידוש האוטומטי של %n שירותים? הלקוח יקבל על כך הודעה בדוא״ל.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/switch_off.py" line="39"/>
        <source>{name}: no ticked service renews automatically; nothing was switched off.</source>
        <translation>{name}: אף אחד מהשירותים המסומנים אינו מתחדש אוטומטית; לא בוטל דבר.</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs/switch_off.py" line="50"/>
        <source>%n ticked service(s) already had automatic renewal off and will be left as is.</source>
        <translation>
            <numerusform>ב־%n שירות מסומן החידוש האוטומטי כבר בוטל, והוא יישאר ללא שינוי.</numerusform>
            <numerusform>ב־%n שירותים מסומנים החידוש האוטומטי כבר בוטל, והם יישארו ללא שינוי.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/switch_off.py" line="55"/>
        <source>Switch auto-renew off</source>
        <translation>ביטול חידוש אוטומטי</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs/switch_off.py" line="63"/>
        <source>{name}: automatic renewal is off for %n service(s); the customer&apos;s e-mail is queued.</source>
        <translation>
            <numerusform>{name}: החידוש האוטומטי בוטל עבור %n שירות; הודעת הדוא״ל ללקוח ממתינה לשליחה.</numerusform>
            <numerusform>{name}: החידוש האוטומטי בוטל עבור %n שירותים; הודעת הדוא״ל ללקוח ממתינה לשליחה.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/switch_off.py" line="68"/>
        <source>{name}: those services were already off; nothing was changed.</source>
        <translation>{name}: השירותים האלה כבר היו כבויים; לא שונה דבר.</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../desktop/ui/tasks.py" line="90"/>
        <source>RenewDesk</source>
        <translation>RenewDesk</translation>
    </message>
</context>
<context>
    <name>UpcomingModel</name>
    <message>
        <location filename="../desktop/ui/finance/upcoming_model.py" line="36"/>
        <source>Customer</source>
        <translation>לקוח</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/upcoming_model.py" line="37"/>
        <source>Service</source>
        <translation>שירות</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/upcoming_model.py" line="38"/>
        <source>Charge date</source>
        <translation>מועד חיוב</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/upcoming_model.py" line="39"/>
        <source>Amount</source>
        <translation>סכום</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/upcoming_model.py" line="40"/>
        <source>Installments</source>
        <translation>תשלומים</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/upcoming_model.py" line="41"/>
        <source>Card</source>
        <translation>כרטיס</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/upcoming_model.py" line="42"/>
        <source>Billing contact</source>
        <translation>איש קשר לחיוב</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/upcoming_model.py" line="43"/>
        <source>Risks</source>
        <translation>סיכונים</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/upcoming_model.py" line="82"/>
        <source>no price</source>
        <translation>אין מחיר</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/upcoming_model.py" line="83"/>
        <source>no card</source>
        <translation>אין כרטיס</translation>
    </message>
</context>
<context>
    <name>UpcomingPanel</name>
    <message>
        <location filename="../desktop/ui/finance/upcoming_panel.py" line="69"/>
        <source>Refresh</source>
        <translation>רענון</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/upcoming_panel.py" line="71"/>
        <source>Any risk</source>
        <translation>הכול</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/upcoming_panel.py" line="72"/>
        <source>At risk</source>
        <translation>בסיכון</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/upcoming_panel.py" line="73"/>
        <source>Safe</source>
        <translation>ללא סיכון</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/upcoming_panel.py" line="80"/>
        <location filename="../desktop/ui/finance/upcoming_panel.py" line="291"/>
        <source>All currencies</source>
        <translation>כל המטבעות</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/upcoming_panel.py" line="82"/>
        <source>Customer name or number</source>
        <translation>שם לקוח או מספר לקוח</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/upcoming_panel.py" line="116"/>
        <source>Days ahead:</source>
        <translation>ימים קדימה:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/upcoming_panel.py" line="120"/>
        <source>Risk:</source>
        <translation>סיכון:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/upcoming_panel.py" line="122"/>
        <source>Currency:</source>
        <translation>מטבע:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/upcoming_panel.py" line="126"/>
        <source>Amount per day in:</source>
        <translation>סכום יומי במטבע:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/upcoming_panel.py" line="194"/>
        <source>Loading the upcoming charges…</source>
        <translation>החיובים הצפויים נטענים…</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/finance/upcoming_panel.py" line="314"/>
        <source>%n charge(s) from {first} to {last}</source>
        <translation>
            <numerusform>%n חיוב מ־{first} עד {last}</numerusform>
            <numerusform>%n חיובים מ־{first} עד {last}</numerusform>
        </translation>
    </message>
</context>
</TS>

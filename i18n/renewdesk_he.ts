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
        <location filename="../desktop/ui/main_window.py" line="29"/>
        <source>RenewDesk — {name}</source>
        <translation>RenewDesk — {name}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="46"/>
        <source>&amp;Renew</source>
        <translation>&amp;חידוש</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="47"/>
        <source>Renew &amp;All</source>
        <translation>חדש ה&amp;כל</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="48"/>
        <source>Re&amp;curring</source>
        <translation>תשלום &amp;מחזורי</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="49"/>
        <source>Recurring A&amp;ll</source>
        <translation>תשלום מחזורי &amp;לכל</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="50"/>
        <source>&amp;Switch auto-renew off</source>
        <translation>&amp;ביטול חידוש אוטומטי</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="52"/>
        <source>Re&amp;fresh</source>
        <translation>&amp;רענון</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="54"/>
        <source>&amp;Actions</source>
        <translation>&amp;פעולות</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="55"/>
        <source>Actions</source>
        <translation>פעולות</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="81"/>
        <source>Loading the account…</source>
        <translation>טוען את החשבון…</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/main_window.py" line="96"/>
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n שירות</numerusform>
            <numerusform>%n שירותים</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="151"/>
        <source>Automatic renewal is on.</source>
        <translation>החידוש האוטומטי הופעל.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="175"/>
        <source>Switch auto-renew off</source>
        <translation>ביטול חידוש אוטומטי</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/main_window.py" line="177"/>
        <source>Switch automatic renewal off for %n service(s)? The customer is told by e-mail.</source>
        <translation>
            <numerusform>לבטל את החידוש האוטומטי של %n שירות? הלקוח יקבל על כך הודעה בדוא״ל.</numerusform>
            <numerusform>לבטל את החידוש האוטומטי של %n שירותים? הלקוח יקבל על כך הודעה בדוא״ל.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="200"/>
        <source>RenewDesk</source>
        <translation>RenewDesk</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../desktop/ui/messages.py" line="12"/>
        <source>Switched off by staff</source>
        <translation>בוטל על ידי הצוות</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="13"/>
        <source>Stopped: no card</source>
        <translation>הופסק: אין כרטיס אשראי</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="14"/>
        <source>Stopped: card expires before the charge</source>
        <translation>הופסק: תוקף הכרטיס יפוג לפני החיוב</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="17"/>
        <source>Stopped: card check declined</source>
        <translation>הופסק: אימות הכרטיס נדחה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="18"/>
        <source>Stopped: charge declined</source>
        <translation>הופסק: החיוב נדחה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="19"/>
        <source>Stopped: charge failed</source>
        <translation>הופסק: החיוב נכשל</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="20"/>
        <source>Stopped: no price</source>
        <translation>הופסק: אין מחיר</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="23"/>
        <source>Off</source>
        <translation>כבוי</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="29"/>
        <source>The card expires before the charge date: the charge will fail, the service may be suspended and reactivation may cost extra</source>
        <translation>תוקף הכרטיס יפוג לפני מועד החיוב: החיוב ייכשל, השירות עלול להיות מושעה והפעלתו מחדש עלולה להיות כרוכה בעלות נוספת</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="33"/>
        <source>The card was refused by the gateway</source>
        <translation>הכרטיס נדחה על ידי שער התשלומים</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="34"/>
        <source>No card is set for automatic renewal</source>
        <translation>לא הוגדר כרטיס אשראי לחידוש אוטומטי</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="35"/>
        <source>The card holder matches neither the billing contact&apos;s name nor its company</source>
        <translation>שם בעל הכרטיס אינו תואם לא לשם איש הקשר לחיוב ולא לשם החברה שלו</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="38"/>
        <source>The charge date has passed</source>
        <translation>מועד החיוב חלף</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="39"/>
        <source>The price list has no price for this renewal</source>
        <translation>אין במחירון מחיר לחידוש זה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="46"/>
        <source>Card expires first</source>
        <translation>תוקף הכרטיס יפוג קודם</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="47"/>
        <source>Card refused</source>
        <translation>הכרטיס נדחה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="48"/>
        <source>No card</source>
        <translation>אין כרטיס אשראי</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="49"/>
        <source>Holder is not the contact</source>
        <translation>בעל הכרטיס אינו איש הקשר</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="50"/>
        <source>Charge date passed</source>
        <translation>מועד החיוב חלף</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="51"/>
        <source>No price</source>
        <translation>אין מחיר</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="58"/>
        <source>Order</source>
        <translation>הזמנה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="59"/>
        <source>Renewal cycle</source>
        <translation>מחזור חידוש</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="60"/>
        <source>Charge</source>
        <translation>חיוב</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="61"/>
        <source>E-mail</source>
        <translation>דוא״ל</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="62"/>
        <source>Change</source>
        <translation>שינוי</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="69"/>
        <source>purchase</source>
        <translation>רכישה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="70"/>
        <source>manual renewal</source>
        <translation>חידוש ידני</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="71"/>
        <source>automatic renewal</source>
        <translation>חידוש אוטומטי</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="72"/>
        <source>waiting for its check</source>
        <translation>ממתין לאימות הכרטיס</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="73"/>
        <source>card checked, notice sent</source>
        <translation>הכרטיס אומת, נשלחה הודעה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="74"/>
        <source>charging</source>
        <translation>החיוב מתבצע</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="75"/>
        <source>charged</source>
        <translation>חויב</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="76"/>
        <source>charge failed</source>
        <translation>החיוב נכשל</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="77"/>
        <source>stopped at the card check</source>
        <translation>הופסק באימות הכרטיס</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="78"/>
        <source>needs attention</source>
        <translation>דורש טיפול</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="79"/>
        <source>no longer due</source>
        <translation>אינו נדרש עוד</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="80"/>
        <source>waiting</source>
        <translation>ממתין</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="81"/>
        <source>outcome unknown</source>
        <translation>התוצאה אינה ידועה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="82"/>
        <source>succeeded</source>
        <translation>בוצע בהצלחה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="83"/>
        <source>declined</source>
        <translation>נדחה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="84"/>
        <source>not sent to the gateway</source>
        <translation>לא נשלח לשער התשלומים</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="85"/>
        <source>pre-charge notice</source>
        <translation>הודעה לפני חיוב</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="86"/>
        <source>card check failed</source>
        <translation>אימות הכרטיס נכשל</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="87"/>
        <source>charge receipt</source>
        <translation>קבלה על חיוב</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="88"/>
        <source>charge failed, auto-renew stopped</source>
        <translation>החיוב נכשל, החידוש האוטומטי הופסק</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="89"/>
        <location filename="../desktop/ui/messages.py" line="91"/>
        <source>auto-renew switched off</source>
        <translation>החידוש האוטומטי בוטל</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="90"/>
        <source>auto-renew switched on</source>
        <translation>החידוש האוטומטי הופעל</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="92"/>
        <source>auto-renew settings changed</source>
        <translation>הגדרות החידוש האוטומטי שונו</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="93"/>
        <source>auto-renew stopped</source>
        <translation>החידוש האוטומטי הופסק</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="100"/>
        <source>Recurring payment needs a saved, valid card on the account</source>
        <translation>תשלום מחזורי מחייב כרטיס אשראי שמור ותקף בחשבון</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="103"/>
        <source>Recurring payment needs at least one order on the account</source>
        <translation>תשלום מחזורי מחייב לפחות הזמנה אחת בחשבון</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="106"/>
        <source>The account has no service to renew</source>
        <translation>אין בחשבון שירות לחידוש</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="107"/>
        <source>Your role may not do this</source>
        <translation>לתפקיד שלך אין הרשאה לפעולה זו</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="114"/>
        <source>Something went wrong: {detail}</source>
        <translation>משהו השתבש: {detail}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="118"/>
        <source>Your role may not do this.</source>
        <translation>לתפקיד שלך אין הרשאה לפעולה זו.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="119"/>
        <source>The name or the password is wrong.</source>
        <translation>השם או הסיסמה שגויים.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="120"/>
        <source>Too many failed attempts: this account is locked for 15 minutes.</source>
        <translation>יותר מדי ניסיונות כושלים: החשבון נעול ל־15 דקות.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="123"/>
        <source>Choose the card to charge.</source>
        <translation>יש לבחור את הכרטיס לחיוב.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="124"/>
        <source>Confirm that the card holder may pay for this billing contact.</source>
        <translation>יש לאשר שבעל הכרטיס רשאי לשלם עבור איש הקשר לחיוב הזה.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="127"/>
        <source>The card was refused ({reason}). Nothing was changed.</source>
        <translation>הכרטיס נדחה ({reason}). לא בוצע שום שינוי.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="130"/>
        <source>Recurring payment is not available for this account.</source>
        <translation>תשלום מחזורי אינו זמין לחשבון זה.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="133"/>
        <source>The payment gateway did not answer. Nothing was changed; try again.</source>
        <translation>שער התשלומים לא הגיב. לא בוצע שום שינוי; יש לנסות שוב.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="136"/>
        <source>Tick at least one service.</source>
        <translation>יש לסמן לפחות שירות אחד.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="137"/>
        <source>The price list has no price for: {services}</source>
        <translation>אין במחירון מחיר עבור: {services}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="138"/>
        <source>The period must be 3, 12, 24 or 36 months.</source>
        <translation>התקופה חייבת להיות 3, 12, 24 או 36 חודשים.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="141"/>
        <source>At most {most} installments are allowed for this period.</source>
        <translation>לתקופה זו מותרים {most} תשלומים לכל היותר.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="144"/>
        <source>A domain renews for its last period in one payment.</source>
        <translation>דומיין מתחדש לתקופה האחרונה שלו בתשלום אחד.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="147"/>
        <source>The password must have at least {minimum} characters.</source>
        <translation>הסיסמה חייבת להכיל לפחות {minimum} תווים.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="150"/>
        <source>This name is taken.</source>
        <translation>השם הזה כבר תפוס.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="151"/>
        <source>This name cannot be used.</source>
        <translation>לא ניתן להשתמש בשם הזה.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="152"/>
        <source>The file was refused ({count} problems). Nothing was changed.</source>
        <translation>הקובץ נדחה ({count} בעיות). לא בוצע שום שינוי.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="158"/>
        <source>Refused: {code}</source>
        <translation>נדחה: {code}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="173"/>
        <source>the card has expired</source>
        <translation>תוקף הכרטיס פג</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="174"/>
        <source>the card issuer declined it</source>
        <translation>מנפיק הכרטיס דחה את החיוב</translation>
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
        <location filename="../desktop/ui/dialogs/service_page.py" line="44"/>
        <source>Renew automatically</source>
        <translation>חידוש אוטומטי</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/service_page.py" line="48"/>
        <source>No card</source>
        <translation>ללא כרטיס אשראי</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/service_page.py" line="55"/>
        <source>Account holder ({name})</source>
        <translation>בעל החשבון ({name})</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs/service_page.py" line="61"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n חודש</numerusform>
            <numerusform>%n חודשים</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/service_page.py" line="73"/>
        <source>I have checked: this card may pay for this billing contact</source>
        <translation>בדקתי: כרטיס זה רשאי לשלם עבור איש הקשר לחיוב הזה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/service_page.py" line="77"/>
        <source>Kind</source>
        <translation>סוג</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/service_page.py" line="79"/>
        <source>Domain</source>
        <translation>דומיין</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/service_page.py" line="81"/>
        <source>Hosting ({plan})</source>
        <translation>חבילת אחסון ({plan})</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/service_page.py" line="84"/>
        <source>Expires</source>
        <translation>תוקף עד</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/service_page.py" line="85"/>
        <source>Next charge</source>
        <translation>החיוב הבא</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/service_page.py" line="87"/>
        <source>Stopped</source>
        <translation>הופסק</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/service_page.py" line="92"/>
        <source>Risk</source>
        <translation>סיכון</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/service_page.py" line="94"/>
        <source>Card</source>
        <translation>כרטיס אשראי</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/service_page.py" line="95"/>
        <source>Billing contact</source>
        <translation>איש קשר לחיוב</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/service_page.py" line="97"/>
        <location filename="../desktop/ui/dialogs/service_page.py" line="101"/>
        <source>Period</source>
        <translation>תקופה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/service_page.py" line="98"/>
        <source>Installments</source>
        <translation>תשלומים</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs/service_page.py" line="101"/>
        <source>%n month(s), in one payment</source>
        <translation>
            <numerusform>%n חודש, בתשלום אחד</numerusform>
            <numerusform>%n חודשים, בתשלום אחד</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/service_page.py" line="109"/>
        <source>When</source>
        <translation>תאריך</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/service_page.py" line="109"/>
        <source>What</source>
        <translation>אירוע</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/service_page.py" line="109"/>
        <source>Details</source>
        <translation>פרטים</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/service_page.py" line="117"/>
        <source>History</source>
        <translation>היסטוריה</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/service_page.py" line="180"/>
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
</TS>

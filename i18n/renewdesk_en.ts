<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccountPanel</name>
    <message numerus="yes">
        <location filename="../desktop/ui/customers/account_panel.py" line="268"/>
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n service</numerusform>
            <numerusform>%n services</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/customers/account_panel.py" line="270"/>
        <source>%n of {total} shown</source>
        <translation>
            <numerusform>%n of {total} shown</numerusform>
            <numerusform>%n of {total} shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/customers/account_panel.py" line="272"/>
        <source>{services}, %n at risk</source>
        <translation>
            <numerusform>{services}, %n at risk</numerusform>
            <numerusform>{services}, %n at risk</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message numerus="yes">
        <location filename="../desktop/ui/admin/audit_dialog.py" line="413"/>
        <source>%n entry(ies) shown, newest first; older ones follow with Load more.</source>
        <translation>
            <numerusform>%n entry shown, newest first; older ones follow with Load more.</numerusform>
            <numerusform>%n entries shown, newest first; older ones follow with Load more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/admin/audit_dialog.py" line="414"/>
        <source>%n entry(ies), newest first.</source>
        <translation>
            <numerusform>%n entry, newest first.</numerusform>
            <numerusform>%n entries, newest first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/admin/audit_dialog.py" line="529"/>
        <source>%n entry(ies) written to {file}.</source>
        <translation>
            <numerusform>%n entry written to {file}.</numerusform>
            <numerusform>%n entries written to {file}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditTexts</name>
    <message numerus="yes">
        <location filename="../desktop/ui/admin/audit_texts.py" line="328"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackgroundStatus</name>
    <message numerus="yes">
        <location filename="../desktop/ui/background_status.py" line="216"/>
        <source>%n charge(s) without an answer</source>
        <translation>
            <numerusform>%n charge without an answer</numerusform>
            <numerusform>%n charges without an answer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/background_status.py" line="222"/>
        <source>%n e-mail(s) failing</source>
        <translation>
            <numerusform>%n e-mail failing</numerusform>
            <numerusform>%n e-mails failing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/background_status.py" line="224"/>
        <source>%n e-mail(s) given up</source>
        <translation>
            <numerusform>%n e-mail given up</numerusform>
            <numerusform>%n e-mails given up</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/background_status.py" line="226"/>
        <source>%n e-mail(s) queued</source>
        <translation>
            <numerusform>%n e-mail queued</numerusform>
            <numerusform>%n e-mails queued</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/background_status.py" line="307"/>
        <source>%n failing</source>
        <translation>
            <numerusform>%n failing</numerusform>
            <numerusform>%n failing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/background_status.py" line="308"/>
        <source>%n given up</source>
        <translation>
            <numerusform>%n given up</numerusform>
            <numerusform>%n given up</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/background_status.py" line="309"/>
        <source>%n queued</source>
        <translation>
            <numerusform>%n queued</numerusform>
            <numerusform>%n queued</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/background_status.py" line="318"/>
        <source>Last failure, after %n try(ies): {why}</source>
        <translation>
            <numerusform>Last failure, after %n try: {why}</numerusform>
            <numerusform>Last failure, after %n tries: {why}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardsModel</name>
    <message numerus="yes">
        <location filename="../desktop/ui/customers/cards_model.py" line="65"/>
        <source>%n renewing automatically</source>
        <translation>
            <numerusform>%n renewing automatically</numerusform>
            <numerusform>%n renewing automatically</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/customers/cards_model.py" line="69"/>
        <source>(+%n off)</source>
        <translation>
            <numerusform>(+%n off)</numerusform>
            <numerusform>(+%n off)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardsTab</name>
    <message numerus="yes">
        <location filename="../desktop/ui/customers/cards_tab.py" line="66"/>
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n card</numerusform>
            <numerusform>%n cards</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckTexts</name>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs/check_texts.py" line="74"/>
        <source>{zone}; this computer&apos;s clock is %n second(s) off the database server&apos;s</source>
        <translation>
            <numerusform>{zone}; this computer&apos;s clock is %n second off the database server&apos;s</numerusform>
            <numerusform>{zone}; this computer&apos;s clock is %n seconds off the database server&apos;s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs/check_texts.py" line="79"/>
        <source>No answer within %n second(s)</source>
        <translation>
            <numerusform>No answer within %n second</numerusform>
            <numerusform>No answer within %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs/check_texts.py" line="165"/>
        <location filename="../desktop/ui/dialogs/check_texts.py" line="169"/>
        <source>%n check(s) did not pass</source>
        <translation>
            <numerusform>%n check did not pass</numerusform>
            <numerusform>%n checks did not pass</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs/check_texts.py" line="166"/>
        <location filename="../desktop/ui/dialogs/check_texts.py" line="171"/>
        <source>%n not checked</source>
        <translation>
            <numerusform>%n not checked</numerusform>
            <numerusform>%n not checked</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactsTab</name>
    <message numerus="yes">
        <location filename="../desktop/ui/customers/contacts_tab.py" line="160"/>
        <source>%n billing contact(s)</source>
        <translation>
            <numerusform>%n billing contact</numerusform>
            <numerusform>%n billing contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/customers/contacts_tab.py" line="219"/>
        <source>Billing contact {name} removed; %n service(s) moved to {to}.</source>
        <translation>
            <numerusform>Billing contact {name} removed; %n service moved to {to}.</numerusform>
            <numerusform>Billing contact {name} removed; %n services moved to {to}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CurrencyTotalsModel</name>
    <message numerus="yes">
        <location filename="../desktop/ui/finance/currency_totals.py" line="55"/>
        <source>%n charge(s)</source>
        <translation>
            <numerusform>%n charge</numerusform>
            <numerusform>%n charges</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DayChart</name>
    <message numerus="yes">
        <location filename="../desktop/ui/finance/day_chart.py" line="172"/>
        <source>%n charge(s)</source>
        <translation>
            <numerusform>%n charge</numerusform>
            <numerusform>%n charges</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentWords</name>
    <message numerus="yes">
        <location filename="../desktop/ui/documents/document_words.py" line="119"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/documents/document_words.py" line="122"/>
        <source>in %n installment(s)</source>
        <translation>
            <numerusform>in %n installment</numerusform>
            <numerusform>in %n installments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportJob</name>
    <message numerus="yes">
        <location filename="../desktop/ui/finance/export_job.py" line="31"/>
        <source>Writing %n row(s) to {file}…</source>
        <translation>
            <numerusform>Writing %n row to {file}…</numerusform>
            <numerusform>Writing %n rows to {file}…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FinanceWindow</name>
    <message numerus="yes">
        <location filename="../desktop/ui/finance/finance_window.py" line="333"/>
        <source>%n row(s) written to {file}</source>
        <translation>
            <numerusform>%n row written to {file}</numerusform>
            <numerusform>%n rows written to {file}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpLauncher</name>
    <message numerus="yes">
        <location filename="../desktop/ui/followup/launcher.py" line="51"/>
        <source>&amp;Follow-up (%Ln)</source>
        <translation>
            <numerusform>&amp;Follow-up (%Ln)</numerusform>
            <numerusform>&amp;Follow-up (%Ln)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpModel</name>
    <message numerus="yes">
        <location filename="../desktop/ui/followup/followup_model.py" line="35"/>
        <source>{service} and %n more</source>
        <translation>
            <numerusform>{service} and %n more</numerusform>
            <numerusform>{service} and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/followup/followup_model.py" line="45"/>
        <source>expired %n day(s) ago</source>
        <translation>
            <numerusform>expired %n day ago</numerusform>
            <numerusform>expired %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/followup/followup_model.py" line="46"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpWindow</name>
    <message numerus="yes">
        <location filename="../desktop/ui/followup/followup_window.py" line="173"/>
        <source>{shown} of %Ln row(s) to follow up, most urgent first.</source>
        <translation>
            <numerusform>{shown} of %Ln row to follow up, most urgent first.</numerusform>
            <numerusform>{shown} of %Ln rows to follow up, most urgent first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/followup/followup_window.py" line="177"/>
        <source>%n row(s) to follow up, most urgent first.</source>
        <translation>
            <numerusform>%n row to follow up, most urgent first.</numerusform>
            <numerusform>%n rows to follow up, most urgent first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InvoicesPanel</name>
    <message numerus="yes">
        <location filename="../desktop/ui/finance/invoices_panel.py" line="170"/>
        <source>%n invoice(s)</source>
        <translation>
            <numerusform>%n invoice</numerusform>
            <numerusform>%n invoices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/finance/invoices_panel.py" line="173"/>
        <source>{invoices}; the newest %n are shown, an export writes them all</source>
        <translation>
            <numerusform>{invoices}; the newest %n are shown, an export writes them all</numerusform>
            <numerusform>{invoices}; the newest %n are shown, an export writes them all</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InvoicesTab</name>
    <message numerus="yes">
        <location filename="../desktop/ui/customers/invoices_tab.py" line="91"/>
        <source>%n invoice(s)</source>
        <translation>
            <numerusform>%n invoice</numerusform>
            <numerusform>%n invoices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/customers/invoices_tab.py" line="93"/>
        <source>{invoices}, the newest %n shown</source>
        <translation>
            <numerusform>{invoices}, the newest %n shown</numerusform>
            <numerusform>{invoices}, the newest %n shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MailTexts</name>
    <message numerus="yes">
        <location filename="../desktop/ui/mail/texts.py" line="152"/>
        <source>%n try(ies)</source>
        <translation>
            <numerusform>%n try</numerusform>
            <numerusform>%n tries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/mail/texts.py" line="157"/>
        <source>given up after %n try(ies): {why}</source>
        <translation>
            <numerusform>given up after %n try: {why}</numerusform>
            <numerusform>given up after %n tries: {why}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message numerus="yes">
        <location filename="../desktop/ui/messages.py" line="208"/>
        <source>The file was refused (%n problem(s)). Nothing was changed.</source>
        <translation>
            <numerusform>The file was refused (%n problem). Nothing was changed.</numerusform>
            <numerusform>The file was refused (%n problems). Nothing was changed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OperationsDialog</name>
    <message numerus="yes">
        <location filename="../desktop/ui/admin/operations_dialog.py" line="225"/>
        <source>%n run(s), newest first.</source>
        <translation>
            <numerusform>%n run, newest first.</numerusform>
            <numerusform>%n runs, newest first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxView</name>
    <message numerus="yes">
        <location filename="../desktop/ui/mail/outbox_view.py" line="137"/>
        <source>The newest %n e-mail(s) are shown.</source>
        <translation>
            <numerusform>The newest %n e-mail are shown.</numerusform>
            <numerusform>The newest %n e-mails are shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/mail/outbox_view.py" line="139"/>
        <source>%n e-mail(s)</source>
        <translation>
            <numerusform>%n e-mail</numerusform>
            <numerusform>%n e-mails</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PastResultsPanel</name>
    <message numerus="yes">
        <location filename="../desktop/ui/finance/past_results_panel.py" line="159"/>
        <source>%n charge(s) in the range</source>
        <translation>
            <numerusform>%n charge in the range</numerusform>
            <numerusform>%n charges in the range</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs/payment_dialog.py" line="320"/>
        <source>Amount due: {due}, less than the proforma&apos;s printed total {total}: %n line(s) left out ({lines}), see why in the table above.</source>
        <translation>
            <numerusform>Amount due: {due}, less than the proforma&apos;s printed total {total}: %n line left out ({lines}), see why in the table above.</numerusform>
            <numerusform>Amount due: {due}, less than the proforma&apos;s printed total {total}: %n lines left out ({lines}), see why in the table above.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaymentLinesModel</name>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs/payment_lines.py" line="45"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProformaDialog</name>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs/proforma_dialog.py" line="252"/>
        <source>%n proforma(s) issued, number(s): {numbers}</source>
        <translation>
            <numerusform>%n proforma issued, number: {numbers}</numerusform>
            <numerusform>%n proformas issued, numbers: {numbers}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs/proforma_dialog.py" line="196"/>
        <source>Total: incomplete ({total}; no price for %n service(s))</source>
        <translation>
            <numerusform>Total: incomplete ({total}; no price for %n service)</numerusform>
            <numerusform>Total: incomplete ({total}; no price for %n services)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs/proforma_dialog.py" line="303"/>
        <source>%n proforma(s) issued and saved as {file}.</source>
        <translation>
            <numerusform>%n proforma issued and saved as {file}.</numerusform>
            <numerusform>%n proformas issued and saved as {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs/proforma_dialog.py" line="312"/>
        <source>%n proforma(s) issued and sent to the printer.</source>
        <translation>
            <numerusform>%n proforma issued and sent to the printer.</numerusform>
            <numerusform>%n proformas issued and sent to the printer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs/proforma_dialog.py" line="389"/>
        <source>Proforma(s) {numbers} already sent by e-mail. Send %n more copy(ies) to the billing contact?</source>
        <translation>
            <numerusform>Proforma {numbers} already sent by e-mail. Send %n more copy to the billing contact?</numerusform>
            <numerusform>Proformas {numbers} already sent by e-mail. Send %n more copies to the billing contact?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs/proforma_dialog.py" line="418"/>
        <source>%n e-mail(s) not sent, for proforma number(s) {numbers}: {why}. The outbox tries again by itself; an administrator&apos;s Retry now in Tools &gt; E-mails… tries at once.</source>
        <translation>
            <numerusform>%n e-mail not sent, for proforma number {numbers}: {why}. The outbox tries again by itself; an administrator&apos;s Retry now in Tools &gt; E-mails… tries at once.</numerusform>
            <numerusform>%n e-mails not sent, for proforma numbers {numbers}: {why}. The outbox tries again by itself; an administrator&apos;s Retry now in Tools &gt; E-mails… tries at once.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs/proforma_dialog.py" line="429"/>
        <source>%n e-mail(s) sent with the PDF attached, for proforma number(s) {numbers}.</source>
        <translation>
            <numerusform>%n e-mail sent with the PDF attached, for proforma number {numbers}.</numerusform>
            <numerusform>%n e-mails sent with the PDF attached, for proforma numbers {numbers}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs/proforma_dialog.py" line="433"/>
        <source>%n e-mail(s) queued with the PDF attached, for proforma number(s) {numbers}; the outbox sends them.</source>
        <translation>
            <numerusform>%n e-mail queued with the PDF attached, for proforma number {numbers}; the outbox sends it.</numerusform>
            <numerusform>%n e-mails queued with the PDF attached, for proforma numbers {numbers}; the outbox sends them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProformaLinesModel</name>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs/proforma_lines.py" line="38"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProformasTab</name>
    <message numerus="yes">
        <location filename="../desktop/ui/customers/proformas_tab.py" line="87"/>
        <source>%n proforma(s)</source>
        <translation>
            <numerusform>%n proforma</numerusform>
            <numerusform>%n proformas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/customers/proformas_tab.py" line="89"/>
        <source>{proformas}, %n open</source>
        <translation>
            <numerusform>{proformas}, %n open</numerusform>
            <numerusform>{proformas}, %n open</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecurringDialog</name>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs/recurring_dialog.py" line="217"/>
        <source>Confirm replaces the card or billing contact of %n service(s) already renewing automatically (see “What changes”).</source>
        <translation>
            <numerusform>Confirm replaces the card or billing contact of %n service already renewing automatically (see “What changes”).</numerusform>
            <numerusform>Confirm replaces the card or billing contact of %n services already renewing automatically (see “What changes”).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs/recurring_dialog.py" line="294"/>
        <source>{name}: automatic renewal is on for %n service(s).</source>
        <translation>
            <numerusform>{name}: automatic renewal is on for %n service.</numerusform>
            <numerusform>{name}: automatic renewal is on for %n services.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs/recurring_dialog.py" line="298"/>
        <source>The card or billing contact of %n of them was replaced.</source>
        <translation>
            <numerusform>The card or billing contact of %n of them was replaced.</numerusform>
            <numerusform>The card or billing contact of %n of them was replaced.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoveCardDialog</name>
    <message numerus="yes">
        <location filename="../desktop/ui/customers/remove_card_dialog.py" line="90"/>
        <source>%n service(s) with automatic renewal on this card:</source>
        <translation>
            <numerusform>%n service with automatic renewal on this card:</numerusform>
            <numerusform>%n services with automatic renewal on this card:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/customers/remove_card_dialog.py" line="167"/>
        <source>%n service(s) moved to another card.</source>
        <translation>
            <numerusform>%n service moved to another card.</numerusform>
            <numerusform>%n services moved to another card.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/customers/remove_card_dialog.py" line="169"/>
        <source>Automatic renewal stopped for %n service(s).</source>
        <translation>
            <numerusform>Automatic renewal stopped for %n service.</numerusform>
            <numerusform>Automatic renewal stopped for %n services.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoveContactDialog</name>
    <message numerus="yes">
        <location filename="../desktop/ui/customers/contact_dialog.py" line="248"/>
        <source>The auto-renew of %n service(s) bills this contact. They move to the contact chosen below, then the contact is removed.</source>
        <translation>
            <numerusform>The auto-renew of %n service bills this contact. They move to the contact chosen below, then the contact is removed.</numerusform>
            <numerusform>The auto-renew of %n services bills this contact. They move to the contact chosen below, then the contact is removed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReplaceCardDialog</name>
    <message numerus="yes">
        <location filename="../desktop/ui/customers/replace_card_dialog.py" line="105"/>
        <source>%n service(s) will move from this card to the new one:</source>
        <translation>
            <numerusform>%n service will move from this card to the new one:</numerusform>
            <numerusform>%n services will move from this card to the new one:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/customers/replace_card_dialog.py" line="133"/>
        <source>%n service(s) stopped because this card failed. Switch auto-renew on again with the new card for:</source>
        <translation>
            <numerusform>%n service stopped because this card failed. Switch auto-renew on again with the new card for:</numerusform>
            <numerusform>%n services stopped because this card failed. Switch auto-renew on again with the new card for:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/customers/replace_card_dialog.py" line="237"/>
        <source>%n service(s) moved to the new card.</source>
        <translation>
            <numerusform>%n service moved to the new card.</numerusform>
            <numerusform>%n services moved to the new card.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunTexts</name>
    <message numerus="yes">
        <location filename="../desktop/ui/admin/run_texts.py" line="60"/>
        <source>%n failing</source>
        <translation>
            <numerusform>%n failing</numerusform>
            <numerusform>%n failing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/admin/run_texts.py" line="61"/>
        <source>%n given up</source>
        <translation>
            <numerusform>%n given up</numerusform>
            <numerusform>%n given up</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/admin/run_texts.py" line="62"/>
        <source>%n queued</source>
        <translation>
            <numerusform>%n queued</numerusform>
            <numerusform>%n queued</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/admin/run_texts.py" line="63"/>
        <source>%n sent</source>
        <translation>
            <numerusform>%n sent</numerusform>
            <numerusform>%n sent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message numerus="yes">
        <location filename="../desktop/ui/customers/search_panel.py" line="169"/>
        <source>{shown} of %n customer(s) shown: refine the search</source>
        <translation>
            <numerusform>{shown} of %n customer shown: refine the search</numerusform>
            <numerusform>{shown} of %n customers shown: refine the search</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/customers/search_panel.py" line="174"/>
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServicePage</name>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs/service_page.py" line="76"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs/service_page.py" line="125"/>
        <source>%n month(s), in one payment</source>
        <translation>
            <numerusform>%n month, in one payment</numerusform>
            <numerusform>%n months, in one payment</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SwitchOff</name>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs/switch_off.py" line="46"/>
        <source>Switch automatic renewal off for %n service(s)? The customer will be told by e-mail.</source>
        <translation>
            <numerusform>Switch automatic renewal off for %n service? The customer will be told by e-mail.</numerusform>
            <numerusform>Switch automatic renewal off for %n services? The customer will be told by e-mail.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs/switch_off.py" line="50"/>
        <source>%n ticked service(s) already had automatic renewal off and will be left as is.</source>
        <translation>
            <numerusform>%n ticked service already had automatic renewal off and will be left as is.</numerusform>
            <numerusform>%n ticked services already had automatic renewal off and will be left as is.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs/switch_off.py" line="63"/>
        <source>{name}: automatic renewal is off for %n service(s); the customer&apos;s e-mail is queued.</source>
        <translation>
            <numerusform>{name}: automatic renewal is off for %n service; the customer&apos;s e-mail is queued.</numerusform>
            <numerusform>{name}: automatic renewal is off for %n services; the customer&apos;s e-mail is queued.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UpcomingPanel</name>
    <message numerus="yes">
        <location filename="../desktop/ui/finance/upcoming_panel.py" line="314"/>
        <source>%n charge(s) from {first} to {last}</source>
        <translation>
            <numerusform>%n charge from {first} to {last}</numerusform>
            <numerusform>%n charges from {first} to {last}</numerusform>
        </translation>
    </message>
</context>
</TS>

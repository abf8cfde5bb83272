<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AuditDialog</name>
    <message numerus="yes">
        <location filename="../desktop/ui/admin/audit_dialog.py" line="275"/>
        <source>%n entry(ies) shown, newest first; older ones follow with Load more.</source>
        <translation>
            <numerusform>%n entry shown, newest first; older ones follow with Load more.</numerusform>
            <numerusform>%n entries shown, newest first; older ones follow with Load more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/admin/audit_dialog.py" line="276"/>
        <source>%n entry(ies), newest first.</source>
        <translation>
            <numerusform>%n entry, newest first.</numerusform>
            <numerusform>%n entries, newest first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/admin/audit_dialog.py" line="375"/>
        <source>%n row(s) written to {file}.</source>
        <translation>
            <numerusform>%n row written to {file}.</numerusform>
            <numerusform>%n rows written to {file}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackgroundStatus</name>
    <message numerus="yes">
        <location filename="../desktop/ui/background_status.py" line="66"/>
        <source>%n e-mail(s) not sent</source>
        <translation>
            <numerusform>%n e-mail not sent</numerusform>
            <numerusform>%n e-mails not sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/background_status.py" line="75"/>
        <source>Checks {when}: {what}, %n e-mail(s) sent · next {next}</source>
        <translation>
            <numerusform>Checks {when}: {what}, %n e-mail sent · next {next}</numerusform>
            <numerusform>Checks {when}: {what}, %n e-mails sent · next {next}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CurrencyTotalsTable</name>
    <message numerus="yes">
        <location filename="../desktop/ui/finance/currency_totals.py" line="64"/>
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
        <location filename="../desktop/ui/finance/day_chart.py" line="173"/>
        <source>%n charge(s)</source>
        <translation>
            <numerusform>%n charge</numerusform>
            <numerusform>%n charges</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportJob</name>
    <message numerus="yes">
        <location filename="../desktop/ui/finance/export_job.py" line="38"/>
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
        <location filename="../desktop/ui/finance/finance_window.py" line="197"/>
        <source>%n row(s) written to {file}</source>
        <translation>
            <numerusform>%n row written to {file}</numerusform>
            <numerusform>%n rows written to {file}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../desktop/ui/main_window.py" line="115"/>
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n service</numerusform>
            <numerusform>%n services</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/main_window.py" line="196"/>
        <source>Switch automatic renewal off for %n service(s)? The customer is told by e-mail.</source>
        <translation>
            <numerusform>Switch automatic renewal off for %n service? The customer is told by e-mail.</numerusform>
            <numerusform>Switch automatic renewal off for %n services? The customer is told by e-mail.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OperationsDialog</name>
    <message numerus="yes">
        <location filename="../desktop/ui/admin/operations_dialog.py" line="123"/>
        <source>%n run(s), newest first.</source>
        <translation>
            <numerusform>%n run, newest first.</numerusform>
            <numerusform>%n runs, newest first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PastResultsPanel</name>
    <message numerus="yes">
        <location filename="../desktop/ui/finance/past_results_panel.py" line="154"/>
        <source>%n charge(s) in the range</source>
        <translation>
            <numerusform>%n charge in the range</numerusform>
            <numerusform>%n charges in the range</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProformaDialog</name>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs/proforma_dialog.py" line="55"/>
        <location filename="../desktop/ui/dialogs/proforma_dialog.py" line="158"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message numerus="yes">
        <location filename="../desktop/ui/customers/search_panel.py" line="58"/>
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
        <location filename="../desktop/ui/dialogs/service_page.py" line="62"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs/service_page.py" line="102"/>
        <source>%n month(s), in one payment</source>
        <translation>
            <numerusform>%n month, in one payment</numerusform>
            <numerusform>%n months, in one payment</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UpcomingPanel</name>
    <message numerus="yes">
        <location filename="../desktop/ui/finance/upcoming_panel.py" line="270"/>
        <source>%n charge(s) from {first} to {last}</source>
        <translation>
            <numerusform>%n charge from {first} to {last}</numerusform>
            <numerusform>%n charges from {first} to {last}</numerusform>
        </translation>
    </message>
</context>
</TS>

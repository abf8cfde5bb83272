<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AccountPanel</name>
    <message>
        <location filename="../desktop/ui/customers/account_panel.py" line="48"/>
        <source>Filter services</source>
        <translation>Filtrar servicios</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/account_panel.py" line="104"/>
        <source>No customer chosen</source>
        <translation>No se ha seleccionado ningún cliente</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/account_panel.py" line="105"/>
        <source>Find a customer on the left.</source>
        <translation>Busque un cliente en el panel de la izquierda.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/account_panel.py" line="111"/>
        <source>(not valid)</source>
        <translation>(no válida)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/account_panel.py" line="113"/>
        <location filename="../desktop/ui/customers/account_panel.py" line="117"/>
        <source>none</source>
        <translation>no hay</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/account_panel.py" line="119"/>
        <source>E-mail: {email}   Customer: {ref}
Billing contacts: {contacts}
Cards: {cards}</source>
        <translation>Correo electrónico: {email}   Cliente: {ref}
Contactos de facturación: {contacts}
Tarjetas: {cards}</translation>
    </message>
</context>
<context>
    <name>AddStaffDialog</name>
    <message>
        <location filename="../desktop/ui/admin/staff_dialog.py" line="128"/>
        <source>Add a staff member</source>
        <translation>Añadir un miembro del personal</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_dialog.py" line="133"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_dialog.py" line="134"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_dialog.py" line="135"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_dialog.py" line="136"/>
        <source>Password again</source>
        <translation>Confirmar contraseña</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_dialog.py" line="137"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_dialog.py" line="142"/>
        <source>The two passwords differ.</source>
        <translation>Las contraseñas no coinciden.</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../desktop/ui/admin/audit_dialog.py" line="69"/>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_dialog.py" line="81"/>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_dialog.py" line="83"/>
        <source>All actions</source>
        <translation>Todas las acciones</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_dialog.py" line="88"/>
        <source>Reference or name</source>
        <translation>Referencia o nombre</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_dialog.py" line="99"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_dialog.py" line="103"/>
        <source>Who</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_dialog.py" line="104"/>
        <source>What</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_dialog.py" line="105"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_dialog.py" line="106"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_dialog.py" line="107"/>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_dialog.py" line="137"/>
        <source>Choose an entry to see what it changed.</source>
        <translation>Elija una entrada para ver qué cambió.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_dialog.py" line="146"/>
        <source>Load more</source>
        <translation>Cargar más</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_dialog.py" line="148"/>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/admin/audit_dialog.py" line="275"/>
        <source>%n entry(ies) shown, newest first; older ones follow with Load more.</source>
        <translation>
            <numerusform>Se muestra %n entrada, de la más reciente a la más antigua; las anteriores se cargan con «Cargar más».</numerusform>
            <numerusform>Se muestran %n entradas, de la más reciente a la más antigua; las anteriores se cargan con «Cargar más».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/admin/audit_dialog.py" line="276"/>
        <source>%n entry(ies), newest first.</source>
        <translation>
            <numerusform>%n entrada, de la más reciente a la más antigua.</numerusform>
            <numerusform>%n entradas, de la más reciente a la más antigua.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_dialog.py" line="305"/>
        <source>{what} ({code}), {when}, by {who}</source>
        <translation>{what} ({code}), {when}, por {who}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_dialog.py" line="311"/>
        <source>Concerning: {entity}</source>
        <translation>Elemento: {entity}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_dialog.py" line="313"/>
        <source>Customer: {customer}</source>
        <translation>Cliente: {customer}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_dialog.py" line="316"/>
        <source>Before:</source>
        <translation>Antes:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_dialog.py" line="319"/>
        <source>After:</source>
        <translation>Después:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_dialog.py" line="329"/>
        <source>Export the audit log</source>
        <translation>Exportar el registro de auditoría</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_dialog.py" line="329"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_dialog.py" line="342"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_dialog.py" line="343"/>
        <source>Writing the audit log to {file}…</source>
        <translation>Escribiendo el registro de auditoría en {file}…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_dialog.py" line="344"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_dialog.py" line="353"/>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_dialog.py" line="365"/>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/admin/audit_dialog.py" line="375"/>
        <source>%n row(s) written to {file}.</source>
        <translation>
            <numerusform>%n fila escrita en {file}.</numerusform>
            <numerusform>%n filas escritas en {file}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../desktop/ui/admin/audit_model.py" line="40"/>
        <source>When</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_model.py" line="41"/>
        <source>Who</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_model.py" line="42"/>
        <source>What</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_model.py" line="43"/>
        <source>Concerning</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_model.py" line="44"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_model.py" line="45"/>
        <source>Before → after</source>
        <translation>Antes → después</translation>
    </message>
</context>
<context>
    <name>AuditTexts</name>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="22"/>
        <source>Auto-renew switched on</source>
        <translation>Renovación automática activada</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="23"/>
        <source>Auto-renew switched off</source>
        <translation>Renovación automática desactivada</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="24"/>
        <source>Auto-renew settings changed</source>
        <translation>Configuración de renovación automática modificada</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="25"/>
        <source>Auto-renew stopped</source>
        <translation>Renovación automática detenida</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="26"/>
        <source>Card check passed</source>
        <translation>Verificación de tarjeta superada</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="27"/>
        <source>Card check failed</source>
        <translation>Verificación de tarjeta fallida</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="28"/>
        <source>Charged</source>
        <translation>Cobro realizado</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="29"/>
        <source>Charge failed</source>
        <translation>Cobro fallido</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="30"/>
        <source>Charge declined</source>
        <translation>Cobro rechazado</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="31"/>
        <source>Renewal needs attention</source>
        <translation>La renovación requiere atención</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="32"/>
        <source>E-mail sent</source>
        <translation>Correo electrónico enviado</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="33"/>
        <source>Proforma issued</source>
        <translation>Proforma emitida</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="34"/>
        <source>Data imported</source>
        <translation>Datos importados</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="35"/>
        <source>Upcoming charges exported</source>
        <translation>Próximos cobros exportados</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="36"/>
        <source>Audit log exported</source>
        <translation>Registro de auditoría exportado</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="37"/>
        <source>Setting changed</source>
        <translation>Parámetro modificado</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="38"/>
        <source>Secret changed</source>
        <translation>Secreto modificado</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="39"/>
        <source>Test e-mail sent</source>
        <translation>Correo electrónico de prueba enviado</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="40"/>
        <source>Staff member added</source>
        <translation>Miembro del personal añadido</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="41"/>
        <source>Staff role changed</source>
        <translation>Rol de miembro del personal cambiado</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="42"/>
        <source>Staff password reset</source>
        <translation>Contraseña de miembro del personal restablecida</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="43"/>
        <source>Staff member disabled</source>
        <translation>Miembro del personal desactivado</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="44"/>
        <source>Staff member enabled</source>
        <translation>Miembro del personal activado</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="45"/>
        <source>Signed in</source>
        <translation>Inicio de sesión</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="46"/>
        <source>Sign-in failed</source>
        <translation>Inicio de sesión fallido</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="47"/>
        <source>Staff member locked out</source>
        <translation>Miembro del personal bloqueado</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="55"/>
        <source>Auto-renew: every change</source>
        <translation>Renovación automática: todos los cambios</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="56"/>
        <source>Card checks: all</source>
        <translation>Verificaciones de tarjeta: todas</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="57"/>
        <source>Charges: all</source>
        <translation>Cobros: todos</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="58"/>
        <source>Exports: all</source>
        <translation>Exportaciones: todas</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="59"/>
        <source>Staff: everything</source>
        <translation>Personal: todo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="60"/>
        <source>Settings: all</source>
        <translation>Configuración: todo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="65"/>
        <source>{prefix}* (all)</source>
        <translation>{prefix}* (todas)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="70"/>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="71"/>
        <source>Renewal cycle</source>
        <translation>Ciclo de renovación</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="72"/>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="73"/>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="74"/>
        <source>Proforma</source>
        <translation>Proforma</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="75"/>
        <source>Invoice</source>
        <translation>Factura</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="76"/>
        <location filename="../desktop/ui/admin/audit_texts.py" line="77"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="78"/>
        <source>Staff member</source>
        <translation>Miembro del personal</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="79"/>
        <source>Setting</source>
        <translation>Parámetro</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="80"/>
        <source>Secret</source>
        <translation>Secreto</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="81"/>
        <source>Export</source>
        <translation>Exportación</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="82"/>
        <source>Import</source>
        <translation>Importación</translation>
    </message>
</context>
<context>
    <name>BackgroundStatus</name>
    <message>
        <location filename="../desktop/ui/background_status.py" line="34"/>
        <source>Background checks: not started</source>
        <translation>Comprobaciones en segundo plano: sin iniciar</translation>
    </message>
    <message>
        <location filename="../desktop/ui/background_status.py" line="39"/>
        <source>Background checks: running…</source>
        <translation>Comprobaciones en segundo plano: en curso…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/background_status.py" line="46"/>
        <source>Last checks {when}: {what}</source>
        <translation>Últimas comprobaciones ({when}): {what}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/background_status.py" line="60"/>
        <source>Checks failed {when}: {error} · next {next}</source>
        <translation>Las comprobaciones fallaron ({when}): {error} · próximas a las {next}</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/background_status.py" line="66"/>
        <source>%n e-mail(s) not sent</source>
        <translation>
            <numerusform>%n correo electrónico sin enviar</numerusform>
            <numerusform>%n correos electrónicos sin enviar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/background_status.py" line="67"/>
        <source>Checks {when}: {what}; problems: {problems} · next {next}</source>
        <translation>Comprobaciones ({when}): {what}; problemas: {problems} · próximas a las {next}</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/background_status.py" line="75"/>
        <source>Checks {when}: {what}, %n e-mail(s) sent · next {next}</source>
        <translation>
            <numerusform>Comprobaciones ({when}): {what}, %n correo electrónico enviado · próximas a las {next}</numerusform>
            <numerusform>Comprobaciones ({when}): {what}, %n correos electrónicos enviados · próximas a las {next}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangeRoleDialog</name>
    <message>
        <location filename="../desktop/ui/admin/staff_dialog.py" line="155"/>
        <source>Change the role of {name}</source>
        <translation>Cambiar el rol de {name}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_dialog.py" line="157"/>
        <source>Staff member</source>
        <translation>Miembro del personal</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_dialog.py" line="158"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_dialog.py" line="159"/>
        <source>Change role</source>
        <translation>Cambiar rol</translation>
    </message>
</context>
<context>
    <name>CurrencyTotalsTable</name>
    <message>
        <location filename="../desktop/ui/finance/currency_totals.py" line="43"/>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/currency_totals.py" line="43"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/currency_totals.py" line="43"/>
        <source>At risk</source>
        <translation>En riesgo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/currency_totals.py" line="43"/>
        <source>Safe</source>
        <translation>Sin riesgo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/currency_totals.py" line="43"/>
        <source>Charges</source>
        <translation>Cobros</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/finance/currency_totals.py" line="64"/>
        <source>%n charge(s)</source>
        <translation>
            <numerusform>%n cobro</numerusform>
            <numerusform>%n cobros</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DayChart</name>
    <message>
        <location filename="../desktop/ui/finance/day_chart.py" line="170"/>
        <source>Total: {amount}</source>
        <translation>Total: {amount}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/day_chart.py" line="171"/>
        <source>At risk: {amount}</source>
        <translation>En riesgo: {amount}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/day_chart.py" line="172"/>
        <source>Safe: {amount}</source>
        <translation>Sin riesgo: {amount}</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/finance/day_chart.py" line="173"/>
        <source>%n charge(s)</source>
        <translation>
            <numerusform>%n cobro</numerusform>
            <numerusform>%n cobros</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/day_chart.py" line="218"/>
        <source>No charges in this range</source>
        <translation>No hay cobros en este intervalo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/day_chart.py" line="245"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/day_chart.py" line="285"/>
        <source>Safe</source>
        <translation>Sin riesgo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/day_chart.py" line="285"/>
        <source>At risk</source>
        <translation>En riesgo</translation>
    </message>
</context>
<context>
    <name>ExportJob</name>
    <message>
        <location filename="../desktop/ui/finance/export_job.py" line="36"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/finance/export_job.py" line="38"/>
        <source>Writing %n row(s) to {file}…</source>
        <translation>
            <numerusform>Escribiendo %n fila en {file}…</numerusform>
            <numerusform>Escribiendo %n filas en {file}…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/export_job.py" line="40"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/export_job.py" line="65"/>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
</context>
<context>
    <name>FinanceWindow</name>
    <message>
        <location filename="../desktop/ui/finance/finance_window.py" line="43"/>
        <source>RenewDesk finance — {name}</source>
        <translation>RenewDesk Finanzas — {name}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/finance_window.py" line="48"/>
        <source>Upcoming charges</source>
        <translation>Próximos cobros</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/finance_window.py" line="49"/>
        <source>Past results</source>
        <translation>Resultados anteriores</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/finance_window.py" line="59"/>
        <source>Re&amp;fresh</source>
        <translation>Act&amp;ualizar</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/finance_window.py" line="62"/>
        <source>Export &amp;CSV…</source>
        <translation>Exportar &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/finance_window.py" line="64"/>
        <source>Export &amp;XLSX…</source>
        <translation>Exportar &amp;XLSX…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/finance_window.py" line="66"/>
        <source>&amp;Close</source>
        <translation>Ce&amp;rrar</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/finance_window.py" line="69"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/finance_window.py" line="76"/>
        <source>Finance</source>
        <translation>Finanzas</translation>
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
        <translation>Abriendo {service}…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/finance_window.py" line="150"/>
        <source>This service is no longer on the account.</source>
        <translation>Este servicio ya no figura en la cuenta.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/finance_window.py" line="179"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/finance_window.py" line="179"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/finance_window.py" line="180"/>
        <source>Export upcoming charges</source>
        <translation>Exportar los próximos cobros</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/finance_window.py" line="191"/>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/finance/finance_window.py" line="197"/>
        <source>%n row(s) written to {file}</source>
        <translation>
            <numerusform>%n fila escrita en {file}</numerusform>
            <numerusform>%n filas escritas en {file}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../desktop/ui/dialogs/sign_in.py" line="94"/>
        <source>Welcome to RenewDesk</source>
        <translation>Bienvenido a RenewDesk</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/sign_in.py" line="100"/>
        <source>Load demo data</source>
        <translation>Cargar datos de demostración</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/sign_in.py" line="101"/>
        <source>Import a file…</source>
        <translation>Importar un archivo…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/sign_in.py" line="110"/>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/sign_in.py" line="112"/>
        <source>Admin name</source>
        <translation>Nombre del administrador</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/sign_in.py" line="113"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/sign_in.py" line="114"/>
        <source>Password again</source>
        <translation>Confirmar contraseña</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/sign_in.py" line="116"/>
        <source>The database is empty. Create the first administrator.</source>
        <translation>La base de datos está vacía. Cree el primer administrador.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/sign_in.py" line="129"/>
        <source>The two passwords differ.</source>
        <translation>Las contraseñas no coinciden.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/sign_in.py" line="153"/>
        <location filename="../desktop/ui/dialogs/sign_in.py" line="162"/>
        <source>Import a file</source>
        <translation>Importar un archivo</translation>
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
        <translation>&amp;Renovar</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="62"/>
        <source>Renew &amp;All</source>
        <translation>Renovar &amp;todo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="63"/>
        <source>Re&amp;curring</source>
        <translation>&amp;Pago recurrente</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="64"/>
        <source>Recurring A&amp;ll</source>
        <translation>Pago recurrente t&amp;odo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="65"/>
        <source>&amp;Switch auto-renew off</source>
        <translation>&amp;Desactivar renovación automática</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="67"/>
        <source>Re&amp;fresh</source>
        <translation>Act&amp;ualizar</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="69"/>
        <source>&amp;Actions</source>
        <translation>&amp;Acciones</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="70"/>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="100"/>
        <source>Loading the account…</source>
        <translation>Cargando la cuenta…</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/main_window.py" line="115"/>
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n servicio</numerusform>
            <numerusform>%n servicios</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="170"/>
        <source>Automatic renewal is on.</source>
        <translation>La renovación automática está activada.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="194"/>
        <source>Switch auto-renew off</source>
        <translation>Desactivar renovación automática</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/main_window.py" line="196"/>
        <source>Switch automatic renewal off for %n service(s)? The customer is told by e-mail.</source>
        <translation>
            <numerusform>¿Desactivar la renovación automática de %n servicio? Se avisará al cliente por correo electrónico.</numerusform>
            <numerusform>¿Desactivar la renovación automática de %n servicios? Se avisará al cliente por correo electrónico.</numerusform>
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
        <translation>&amp;Finanzas</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="230"/>
        <source>&amp;Upcoming charges…</source>
        <translation>&amp;Próximos cobros…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="233"/>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="234"/>
        <source>&amp;Background checks…</source>
        <translation>Co&amp;mprobaciones en segundo plano…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="236"/>
        <source>&amp;Audit log…</source>
        <translation>&amp;Registro de auditoría…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="240"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="243"/>
        <source>S&amp;taff…</source>
        <translation>&amp;Personal…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="267"/>
        <source>Settings saved.</source>
        <translation>Configuración guardada.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="311"/>
        <source>Finishing the background checks…</source>
        <translation>Finalizando las comprobaciones en segundo plano…</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../desktop/ui/messages.py" line="14"/>
        <source>Switched off by staff</source>
        <translation>Desactivada por el personal</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="15"/>
        <source>Stopped: no card</source>
        <translation>Detenida: sin tarjeta</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="16"/>
        <source>Stopped: card expires before the charge</source>
        <translation>Detenida: la tarjeta vence antes del cobro</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="19"/>
        <source>Stopped: card check declined</source>
        <translation>Detenida: verificación de tarjeta rechazada</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="20"/>
        <source>Stopped: charge declined</source>
        <translation>Detenida: cobro rechazado</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="21"/>
        <source>Stopped: charge failed</source>
        <translation>Detenida: cobro fallido</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="22"/>
        <source>Stopped: no price</source>
        <translation>Detenida: sin precio</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="25"/>
        <source>Off</source>
        <translation>Desactivada</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="31"/>
        <source>The card expires before the charge date: the charge will fail, the service may be suspended and reactivation may cost extra</source>
        <translation>La tarjeta vence antes de la fecha de cobro: el cobro fallará, el servicio podría suspenderse y la reactivación podría implicar un cargo adicional</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="35"/>
        <source>The card was refused by the gateway</source>
        <translation>La pasarela de pago rechazó la tarjeta</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="36"/>
        <source>No card is set for automatic renewal</source>
        <translation>No hay ninguna tarjeta asignada a la renovación automática</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="37"/>
        <source>The card holder matches neither the billing contact&apos;s name nor its company</source>
        <translation>El titular de la tarjeta no coincide ni con el nombre del contacto de facturación ni con su empresa</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="40"/>
        <source>The charge date has passed</source>
        <translation>La fecha de cobro ya pasó</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="41"/>
        <source>The price list has no price for this renewal</source>
        <translation>La lista de precios no tiene precio para esta renovación</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="48"/>
        <source>Card expires first</source>
        <translation>La tarjeta vence antes</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="49"/>
        <source>Card refused</source>
        <translation>Tarjeta rechazada</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="50"/>
        <source>No card</source>
        <translation>Sin tarjeta</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="51"/>
        <source>Holder is not the contact</source>
        <translation>El titular no es el contacto</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="52"/>
        <source>Charge date passed</source>
        <translation>Fecha de cobro vencida</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="53"/>
        <source>No price</source>
        <translation>Sin precio</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="60"/>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="61"/>
        <source>Renewal cycle</source>
        <translation>Ciclo de renovación</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="62"/>
        <source>Charge</source>
        <translation>Cobro</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="63"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="64"/>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="71"/>
        <source>purchase</source>
        <translation>compra</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="72"/>
        <source>manual renewal</source>
        <translation>renovación manual</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="73"/>
        <source>automatic renewal</source>
        <translation>renovación automática</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="74"/>
        <source>waiting for its check</source>
        <translation>pendiente de la verificación de la tarjeta</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="75"/>
        <source>card checked, notice sent</source>
        <translation>tarjeta verificada, aviso enviado</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="76"/>
        <source>charging</source>
        <translation>cobro en curso</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="77"/>
        <location filename="../desktop/ui/messages.py" line="202"/>
        <source>charged</source>
        <translation>cobrado</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="78"/>
        <location filename="../desktop/ui/messages.py" line="203"/>
        <source>charge failed</source>
        <translation>cobro fallido</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="79"/>
        <source>stopped at the card check</source>
        <translation>detenido en la verificación de la tarjeta</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="80"/>
        <location filename="../desktop/ui/messages.py" line="205"/>
        <source>needs attention</source>
        <translation>requiere atención</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="81"/>
        <source>no longer due</source>
        <translation>ya no procede</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="82"/>
        <source>waiting</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="83"/>
        <source>outcome unknown</source>
        <translation>resultado desconocido</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="84"/>
        <source>succeeded</source>
        <translation>realizado</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="85"/>
        <source>declined</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="86"/>
        <source>not sent to the gateway</source>
        <translation>no enviado a la pasarela de pago</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="87"/>
        <source>pre-charge notice</source>
        <translation>aviso previo al cobro</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="88"/>
        <location filename="../desktop/ui/messages.py" line="200"/>
        <source>card check failed</source>
        <translation>verificación de tarjeta fallida</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="89"/>
        <source>charge receipt</source>
        <translation>recibo de cobro</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="90"/>
        <source>charge failed, auto-renew stopped</source>
        <translation>cobro fallido, renovación automática detenida</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="91"/>
        <location filename="../desktop/ui/messages.py" line="93"/>
        <source>auto-renew switched off</source>
        <translation>renovación automática desactivada</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="92"/>
        <source>auto-renew switched on</source>
        <translation>renovación automática activada</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="94"/>
        <source>auto-renew settings changed</source>
        <translation>configuración de renovación automática modificada</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="95"/>
        <location filename="../desktop/ui/messages.py" line="204"/>
        <source>auto-renew stopped</source>
        <translation>renovación automática detenida</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="102"/>
        <source>Recurring payment needs a saved, valid card on the account</source>
        <translation>El pago recurrente requiere una tarjeta guardada y válida en la cuenta</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="105"/>
        <source>Recurring payment needs at least one order on the account</source>
        <translation>El pago recurrente requiere al menos un pedido en la cuenta</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="108"/>
        <source>The account has no service to renew</source>
        <translation>La cuenta no tiene servicios que renovar</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="109"/>
        <source>Your role may not do this</source>
        <translation>Su rol no tiene permiso para esta acción</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="116"/>
        <source>Something went wrong: {detail}</source>
        <translation>Se produjo un error: {detail}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="120"/>
        <source>Your role may not do this.</source>
        <translation>Su rol no tiene permiso para esta acción.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="121"/>
        <source>The name or the password is wrong.</source>
        <translation>El nombre o la contraseña no son correctos.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="122"/>
        <source>Too many failed attempts: this account is locked for 15 minutes.</source>
        <translation>Demasiados intentos fallidos: esta cuenta queda bloqueada durante 15 minutos.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="125"/>
        <source>Choose the card to charge.</source>
        <translation>Elija la tarjeta para el cobro.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="126"/>
        <source>Confirm that the card holder may pay for this billing contact.</source>
        <translation>Confirme que el titular de la tarjeta puede pagar por este contacto de facturación.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="129"/>
        <source>The card was refused ({reason}). Nothing was changed.</source>
        <translation>La tarjeta fue rechazada ({reason}). No se modificó nada.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="132"/>
        <source>Recurring payment is not available for this account.</source>
        <translation>El pago recurrente no está disponible para esta cuenta.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="135"/>
        <source>The payment gateway did not answer. Nothing was changed; try again.</source>
        <translation>La pasarela de pago no respondió. No se modificó nada; inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="138"/>
        <source>Tick at least one service.</source>
        <translation>Marque al menos un servicio.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="139"/>
        <source>The price list has no price for: {services}</source>
        <translation>La lista de precios no tiene precio para: {services}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="140"/>
        <source>The period must be 3, 12, 24 or 36 months.</source>
        <translation>El período debe ser de 3, 12, 24 o 36 meses.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="143"/>
        <source>At most {most} installments are allowed for this period.</source>
        <translation>Para este período se permiten como máximo {most} cuotas.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="146"/>
        <source>A domain renews for its last period in one payment.</source>
        <translation>Un dominio se renueva por su último período en un solo pago.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="149"/>
        <source>The password must have at least {minimum} characters.</source>
        <translation>La contraseña debe tener al menos {minimum} caracteres.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="152"/>
        <source>This name is taken.</source>
        <translation>Este nombre ya está en uso.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="153"/>
        <source>This name cannot be used.</source>
        <translation>Este nombre no se puede usar.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="154"/>
        <source>The file was refused ({count} problems). Nothing was changed.</source>
        <translation>El archivo fue rechazado ({count} problemas). No se modificó nada.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="157"/>
        <source>This database has customers but no staff. Make its first admin on the command line: python main.py staff add NAME --role admin</source>
        <translation>Esta base de datos tiene clientes pero no tiene personal. Cree su primer administrador en la línea de órdenes: python main.py staff add NAME --role admin</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="162"/>
        <source>This is not the link-signing key of this database. Nothing was kept.</source>
        <translation>Esta no es la clave de firma de enlaces de esta base de datos. No se ha guardado nada.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="165"/>
        <source>A link-signing key needs at least {minimum} characters.</source>
        <translation>Una clave de firma de enlaces necesita al menos {minimum} caracteres.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="168"/>
        <source>This database has its link-signing key already.</source>
        <translation>Esta base de datos ya tiene su clave de firma de enlaces.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="176"/>
        <source>Refused: {code}</source>
        <translation>Rechazado: {code}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="191"/>
        <source>the card has expired</source>
        <translation>la tarjeta está vencida</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="192"/>
        <source>the card issuer declined it</source>
        <translation>el emisor de la tarjeta la rechazó</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="199"/>
        <source>card check passed</source>
        <translation>verificación de tarjeta superada</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="201"/>
        <source>pre-charge notice sent</source>
        <translation>aviso previo al cobro enviado</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="212"/>
        <source>running</source>
        <translation>en curso</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="213"/>
        <source>completed</source>
        <translation>completada</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="214"/>
        <source>stopped early</source>
        <translation>interrumpida</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="216"/>
        <source>abandoned (stopped without finishing)</source>
        <translation>abandonada (se detuvo sin terminar)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="215"/>
        <source>failed</source>
        <translation>fallida</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="224"/>
        <source>nothing was due</source>
        <translation>no había nada pendiente</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="226"/>
        <source>{count} × {what}</source>
        <translation>{count} × {what}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="11"/>
        <source>The first day ({first}) comes after the last day ({last}). Swap them or change one.</source>
        <translation>El primer día ({first}) es posterior al último día ({last}). Intercámbielos o cambie uno de ellos.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="14"/>
        <source>A page of the audit log holds from 1 to {most} entries.</source>
        <translation>Una página del registro de auditoría contiene entre 1 y {most} entradas.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="11"/>
        <source>Some settings are wrong ({keys}). Nothing was saved.</source>
        <translation>Algunos parámetros no son válidos ({keys}). No se guardó nada.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="14"/>
        <source>The value of {key} is wrong: {problem}</source>
        <translation>El valor de {key} no es válido: {problem}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="15"/>
        <source>There is no setting {key}.</source>
        <translation>No existe el parámetro {key}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="16"/>
        <source>There is no secret {key}.</source>
        <translation>No existe el secreto {key}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="17"/>
        <source>The secret {key} cannot be empty.</source>
        <translation>El secreto {key} no puede estar vacío.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="18"/>
        <source>This workstation has no usable keyring, so passwords and keys can be neither kept nor read. {detail}</source>
        <translation>Este equipo no dispone de un almacén de credenciales utilizable, por lo que no se pueden guardar ni leer contraseñas ni claves. {detail}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="22"/>
        <source>This is not an e-mail address: {address}</source>
        <translation>Esto no es una dirección de correo electrónico: {address}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="23"/>
        <source>The test e-mail could not be sent: {detail}</source>
        <translation>No se pudo enviar el correo electrónico de prueba: {detail}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_texts.py" line="13"/>
        <source>This staff member no longer exists.</source>
        <translation>Este miembro del personal ya no existe.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_texts.py" line="14"/>
        <source>{name} is the last active administrator. Make another member an administrator first.</source>
        <translation>{name} es el último administrador activo. Asigne primero el rol de administrador a otro miembro.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_texts.py" line="18"/>
        <source>You cannot disable yourself.</source>
        <translation>No puede desactivar su propia cuenta.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_texts.py" line="19"/>
        <source>Your account has been disabled by an administrator. Close RenewDesk.</source>
        <translation>Un administrador ha desactivado su cuenta. Cierre RenewDesk.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_texts.py" line="22"/>
        <source>Choose one of the roles: {known}.</source>
        <translation>Elija uno de estos roles: {known}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_texts.py" line="23"/>
        <source>Names that start with “os:” or “system:” are reserved.</source>
        <translation>Los nombres que empiezan por «os:» o «system:» están reservados.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/texts.py" line="10"/>
        <source>The export was cancelled; no file was written.</source>
        <translation>Se canceló la exportación; no se escribió ningún archivo.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/texts.py" line="13"/>
        <source>The file {path} could not be written: {detail}. No file was left behind.</source>
        <translation>No se pudo escribir el archivo {path}: {detail}. No quedó ningún archivo a medias.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/texts.py" line="16"/>
        <source>The folder {folder} does not exist. Choose another place for the file.</source>
        <translation>La carpeta {folder} no existe. Elija otra ubicación para el archivo.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/texts.py" line="19"/>
        <source>Files of the kind {format} cannot be written; choose one of: {known}.</source>
        <translation>No se pueden escribir archivos de tipo {format}; elija uno de estos: {known}.</translation>
    </message>
</context>
<context>
    <name>OperationsDialog</name>
    <message>
        <location filename="../desktop/ui/admin/operations_dialog.py" line="49"/>
        <source>Background checks</source>
        <translation>Comprobaciones en segundo plano</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/operations_dialog.py" line="55"/>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/operations_dialog.py" line="56"/>
        <source>Workstation</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/operations_dialog.py" line="57"/>
        <source>For the day</source>
        <translation>Día de referencia</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/operations_dialog.py" line="58"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/operations_dialog.py" line="59"/>
        <source>What it did</source>
        <translation>Qué hizo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/operations_dialog.py" line="60"/>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/operations_dialog.py" line="66"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/operations_dialog.py" line="67"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/operations_dialog.py" line="68"/>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/operations_dialog.py" line="69"/>
        <source>Due</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/operations_dialog.py" line="70"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/operations_dialog.py" line="71"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/operations_dialog.py" line="86"/>
        <source>Run now</source>
        <translation>Ejecutar ahora</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/operations_dialog.py" line="91"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/admin/operations_dialog.py" line="123"/>
        <source>%n run(s), newest first.</source>
        <translation>
            <numerusform>%n ejecución, de la más reciente a la más antigua.</numerusform>
            <numerusform>%n ejecuciones, de la más reciente a la más antigua.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/operations_dialog.py" line="161"/>
        <source>The checks start now; this list refreshes when they end.</source>
        <translation>Las comprobaciones comienzan ahora; esta lista se actualizará cuando terminen.</translation>
    </message>
</context>
<context>
    <name>PastResultsModel</name>
    <message>
        <location filename="../desktop/ui/finance/past_results_model.py" line="29"/>
        <source>Charge date</source>
        <translation>Fecha de cobro</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/past_results_model.py" line="30"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/past_results_model.py" line="31"/>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/past_results_model.py" line="32"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/past_results_model.py" line="33"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/past_results_model.py" line="34"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/past_results_model.py" line="43"/>
        <source>Charge date missed by more than the grace days</source>
        <translation>Fecha de cobro superada en más días que el margen de gracia</translation>
    </message>
</context>
<context>
    <name>PastResultsPanel</name>
    <message>
        <location filename="../desktop/ui/finance/past_results_panel.py" line="69"/>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/past_results_panel.py" line="88"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/past_results_panel.py" line="88"/>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/past_results_panel.py" line="88"/>
        <source>Charges</source>
        <translation>Cobros</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/past_results_panel.py" line="88"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/past_results_panel.py" line="102"/>
        <source>Charge dates from:</source>
        <translation>Fechas de cobro desde:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/past_results_panel.py" line="104"/>
        <source>to:</source>
        <translation>hasta:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/past_results_panel.py" line="112"/>
        <source>Totals per outcome and currency</source>
        <translation>Totales por resultado y moneda</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/past_results_panel.py" line="128"/>
        <source>The first day comes after the last day.</source>
        <translation>El primer día es posterior al último.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/past_results_panel.py" line="139"/>
        <source>Loading the past results…</source>
        <translation>Cargando los resultados anteriores…</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/finance/past_results_panel.py" line="154"/>
        <source>%n charge(s) in the range</source>
        <translation>
            <numerusform>%n cobro en el intervalo</numerusform>
            <numerusform>%n cobros en el intervalo</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProformaDialog</name>
    <message>
        <location filename="../desktop/ui/dialogs/proforma_dialog.py" line="46"/>
        <source>Proforma for early renewal</source>
        <translation>Proforma de renovación anticipada</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/proforma_dialog.py" line="49"/>
        <location filename="../desktop/ui/dialogs/proforma_dialog.py" line="145"/>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/proforma_dialog.py" line="49"/>
        <location filename="../desktop/ui/dialogs/proforma_dialog.py" line="145"/>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/proforma_dialog.py" line="49"/>
        <location filename="../desktop/ui/dialogs/proforma_dialog.py" line="145"/>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs/proforma_dialog.py" line="55"/>
        <location filename="../desktop/ui/dialogs/proforma_dialog.py" line="158"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mes</numerusform>
            <numerusform>%n meses</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/proforma_dialog.py" line="59"/>
        <source>no price</source>
        <translation>sin precio</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/proforma_dialog.py" line="65"/>
        <location filename="../desktop/ui/dialogs/proforma_dialog.py" line="144"/>
        <source>Total: {total}</source>
        <translation>Total: {total}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/proforma_dialog.py" line="68"/>
        <source>Each service&apos;s billing contact</source>
        <translation>El contacto de facturación de cada servicio</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/proforma_dialog.py" line="75"/>
        <source>Issue</source>
        <translation>Emitir</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/proforma_dialog.py" line="78"/>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/proforma_dialog.py" line="82"/>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/proforma_dialog.py" line="86"/>
        <source>Addressed to</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/proforma_dialog.py" line="90"/>
        <source>Early renewal of {name}: this proforma charges nothing.</source>
        <translation>Renovación anticipada de {name}: esta proforma no genera ningún cobro.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/proforma_dialog.py" line="122"/>
        <source>Issued proforma number(s): {numbers}</source>
        <translation>Número(s) de proforma emitida(s): {numbers}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/proforma_dialog.py" line="132"/>
        <source>Save as PDF</source>
        <translation>Guardar como PDF</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/proforma_dialog.py" line="140"/>
        <source>Proforma {number}</source>
        <translation>Proforma {number}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/proforma_dialog.py" line="141"/>
        <source>To: {name}</source>
        <translation>Para: {name}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/proforma_dialog.py" line="142"/>
        <source>This proforma is not a tax invoice and charges nothing.</source>
        <translation>Esta proforma no es una factura fiscal y no realiza ningún cobro.</translation>
    </message>
</context>
<context>
    <name>RecurringDialog</name>
    <message>
        <location filename="../desktop/ui/dialogs/recurring_dialog.py" line="46"/>
        <source>Recurring All</source>
        <translation>Pago recurrente todo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/recurring_dialog.py" line="46"/>
        <source>Recurring</source>
        <translation>Pago recurrente</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/recurring_dialog.py" line="61"/>
        <source>Account holder ({name})</source>
        <translation>Titular de la cuenta ({name})</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/recurring_dialog.py" line="71"/>
        <source>Choose the card to charge…</source>
        <translation>Elija la tarjeta para el cobro…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/recurring_dialog.py" line="83"/>
        <source>I have checked: this card may pay for this billing contact</source>
        <translation>Lo he comprobado: esta tarjeta puede pagar por este contacto de facturación</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/recurring_dialog.py" line="93"/>
        <source>Verifying the card…</source>
        <translation>Verificando la tarjeta…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/recurring_dialog.py" line="98"/>
        <source>Confirm</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/recurring_dialog.py" line="101"/>
        <source>Billing contact</source>
        <translation>Contacto de facturación</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/recurring_dialog.py" line="102"/>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/recurring_dialog.py" line="104"/>
        <source>Automatic renewal will be switched on for:</source>
        <translation>Se activará la renovación automática para:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/recurring_dialog.py" line="153"/>
        <source>Warning: the card holder ({holder}) matches neither the billing contact&apos;s name nor its company. Invoices will be issued to the contact while the card pays.</source>
        <translation>Atención: el titular de la tarjeta ({holder}) no coincide ni con el nombre del contacto de facturación ni con su empresa. Las facturas se emitirán a nombre del contacto y el pago se hará con la tarjeta.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/recurring_dialog.py" line="170"/>
        <source>The card expires before the next charge of: {services}. The charge will fail, the service may be suspended and reactivation may cost extra.</source>
        <translation>La tarjeta vence antes del próximo cobro de: {services}. El cobro fallará, el servicio podría suspenderse y la reactivación podría implicar un cargo adicional.</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../desktop/ui/admin/staff_dialog.py" line="172"/>
        <source>Reset the password of {name}</source>
        <translation>Restablecer la contraseña de {name}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_dialog.py" line="175"/>
        <source>The new password works at once, and a lockout is lifted.</source>
        <translation>La nueva contraseña funciona de inmediato y se levanta cualquier bloqueo.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_dialog.py" line="177"/>
        <source>Staff member</source>
        <translation>Miembro del personal</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_dialog.py" line="179"/>
        <source>New password</source>
        <translation>Nueva contraseña</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_dialog.py" line="180"/>
        <source>Password again</source>
        <translation>Confirmar contraseña</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_dialog.py" line="181"/>
        <source>Reset password</source>
        <translation>Restablecer contraseña</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_dialog.py" line="186"/>
        <source>The two passwords differ.</source>
        <translation>Las contraseñas no coinciden.</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../desktop/ui/customers/search_panel.py" line="24"/>
        <source>Find a customer: name, e-mail, domain or phone</source>
        <translation>Buscar cliente: nombre, correo electrónico, dominio o teléfono</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/customers/search_panel.py" line="58"/>
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n cliente</numerusform>
            <numerusform>%n clientes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServicePage</name>
    <message>
        <location filename="../desktop/ui/dialogs/service_page.py" line="45"/>
        <source>Renew automatically</source>
        <translation>Renovar automáticamente</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/service_page.py" line="49"/>
        <source>No card</source>
        <translation>Sin tarjeta</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/service_page.py" line="56"/>
        <source>Account holder ({name})</source>
        <translation>Titular de la cuenta ({name})</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs/service_page.py" line="62"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mes</numerusform>
            <numerusform>%n meses</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/service_page.py" line="74"/>
        <source>I have checked: this card may pay for this billing contact</source>
        <translation>Lo he comprobado: esta tarjeta puede pagar por este contacto de facturación</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/service_page.py" line="78"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/service_page.py" line="80"/>
        <source>Domain</source>
        <translation>Dominio</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/service_page.py" line="82"/>
        <source>Hosting ({plan})</source>
        <translation>Plan de alojamiento ({plan})</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/service_page.py" line="85"/>
        <source>Expires</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/service_page.py" line="86"/>
        <source>Next charge</source>
        <translation>Próximo cobro</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/service_page.py" line="88"/>
        <source>Stopped</source>
        <translation>Detenida</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/service_page.py" line="93"/>
        <source>Risk</source>
        <translation>Riesgo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/service_page.py" line="95"/>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/service_page.py" line="96"/>
        <source>Billing contact</source>
        <translation>Contacto de facturación</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/service_page.py" line="98"/>
        <location filename="../desktop/ui/dialogs/service_page.py" line="102"/>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/service_page.py" line="99"/>
        <source>Installments</source>
        <translation>Cuotas</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs/service_page.py" line="102"/>
        <source>%n month(s), in one payment</source>
        <translation>
            <numerusform>%n mes, en un solo pago</numerusform>
            <numerusform>%n meses, en un solo pago</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/service_page.py" line="110"/>
        <source>When</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/service_page.py" line="110"/>
        <source>What</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/service_page.py" line="110"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/service_page.py" line="118"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/service_page.py" line="189"/>
        <source>Warning: the card holder matches neither the billing contact&apos;s name nor its company.</source>
        <translation>Atención: el titular de la tarjeta no coincide ni con el nombre del contacto de facturación ni con su empresa.</translation>
    </message>
</context>
<context>
    <name>ServicesModel</name>
    <message>
        <location filename="../desktop/ui/customers/services_model.py" line="45"/>
        <source>Tick</source>
        <translation>Marcar</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/services_model.py" line="46"/>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/services_model.py" line="47"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/services_model.py" line="48"/>
        <source>Expires</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/services_model.py" line="49"/>
        <source>Auto-renew</source>
        <translation>Renovación automática</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/services_model.py" line="50"/>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/services_model.py" line="51"/>
        <source>Billing contact</source>
        <translation>Contacto de facturación</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/services_model.py" line="52"/>
        <source>Next charge</source>
        <translation>Próximo cobro</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/services_model.py" line="53"/>
        <source>Risk</source>
        <translation>Riesgo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/services_model.py" line="253"/>
        <source>Domain</source>
        <translation>Dominio</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/services_model.py" line="254"/>
        <source>Hosting ({plan})</source>
        <translation>Plan de alojamiento ({plan})</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/services_model.py" line="255"/>
        <source>Active</source>
        <translation>Activada</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/services_model.py" line="279"/>
        <source>All services</source>
        <translation>Todos los servicios</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/services_model.py" line="280"/>
        <source>Domains</source>
        <translation>Dominios</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/services_model.py" line="281"/>
        <source>Hosting packages</source>
        <translation>Planes de alojamiento</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/services_model.py" line="282"/>
        <source>Recurring on</source>
        <translation>Pago recurrente activo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/services_model.py" line="283"/>
        <source>At risk</source>
        <translation>En riesgo</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="32"/>
        <source>Card check and notice (days before)</source>
        <translation>Verificación de tarjeta y aviso (días antes)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="33"/>
        <source>Charge (days before expiry)</source>
        <translation>Cobro (días antes del vencimiento)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="34"/>
        <source>Late charges allowed (days)</source>
        <translation>Cobros con retraso permitidos (días)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="35"/>
        <source>Company time zone</source>
        <translation>Zona horaria de la empresa</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="36"/>
        <source>SMTP server</source>
        <translation>Servidor SMTP</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="37"/>
        <source>SMTP port</source>
        <translation>Puerto SMTP</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="38"/>
        <source>SMTP user name</source>
        <translation>Usuario SMTP</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="39"/>
        <source>Encrypt with STARTTLS</source>
        <translation>Cifrar con STARTTLS</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="40"/>
        <source>Sender address</source>
        <translation>Dirección del remitente</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="41"/>
        <source>Give up on an e-mail after (days)</source>
        <translation>Abandonar un correo tras (días)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="42"/>
        <source>Renewal page address</source>
        <translation>Dirección de la página de renovación</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="43"/>
        <source>Renewal settings page address</source>
        <translation>Dirección de la página de configuración de la renovación</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="44"/>
        <source>Links valid for (days)</source>
        <translation>Validez de los enlaces (días)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="45"/>
        <source>Company name</source>
        <translation>Nombre de la empresa</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="46"/>
        <source>Background checks every (minutes)</source>
        <translation>Comprobaciones en segundo plano cada (minutos)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="49"/>
        <source>Gateway calls at once</source>
        <translation>Llamadas simultáneas a la pasarela</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="50"/>
        <source>Sandbox gateway delay (ms)</source>
        <translation>Retardo de la pasarela de pruebas (ms)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="51"/>
        <source>SMTP password</source>
        <translation>Contraseña SMTP</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="52"/>
        <source>Link signing key</source>
        <translation>Clave de firma de enlaces</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="53"/>
        <source>Payment gateway API key</source>
        <translation>Clave de API de la pasarela de pago</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="54"/>
        <source>Database password (PostgreSQL)</source>
        <translation>Contraseña de la base de datos (PostgreSQL)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="62"/>
        <source>How many days before each charge date the card is checked and the customer is told that the service will renew. The days are counted in the company&apos;s time zone.</source>
        <translation>Cuántos días antes de cada fecha de cobro se verifica la tarjeta y se avisa al cliente de que el servicio se renovará. Los días se cuentan en la zona horaria de la empresa.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="66"/>
        <source>How many days before a service expires its automatic charge is made (0: on the expiry date).</source>
        <translation>Cuántos días antes del vencimiento de un servicio se realiza su cobro automático (0: en la fecha de vencimiento).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="70"/>
        <source>When the checks did not run for a while, a charge date that passed at most this many days ago is still charged; older ones are listed as needing attention and are not charged.</source>
        <translation>Si las comprobaciones no se han ejecutado durante un tiempo, se sigue cobrando una fecha de cobro pasada hace como máximo este número de días; las más antiguas se muestran como pendientes de atención y no se cobran.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="74"/>
        <source>The company&apos;s time zone, such as Asia/Jerusalem: today&apos;s date and the days before a charge are counted in it.</source>
        <translation>La zona horaria de la empresa, por ejemplo Asia/Jerusalem: en ella se cuentan la fecha de hoy y los días previos a un cobro.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="78"/>
        <source>The name or address of the mail server that sends the e-mails to customers.</source>
        <translation>El nombre o la dirección del servidor de correo que envía los correos electrónicos a los clientes.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="81"/>
        <source>The mail server&apos;s port: usually 587 with STARTTLS, 25 without.</source>
        <translation>El puerto del servidor de correo: normalmente 587 con STARTTLS y 25 sin él.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="84"/>
        <source>The user name for the mail server; leave it empty when the server needs no login.</source>
        <translation>El nombre de usuario del servidor de correo; déjelo vacío si el servidor no requiere inicio de sesión.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="87"/>
        <source>Encrypt the connection to the mail server before logging in; most servers on port 587 require it.</source>
        <translation>Cifra la conexión con el servidor de correo antes de iniciar sesión; la mayoría de los servidores en el puerto 587 lo exigen.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="91"/>
        <source>The From address of every e-mail to customers, such as renewals@example.com.</source>
        <translation>La dirección del remitente (From) de todos los correos electrónicos a los clientes, por ejemplo renewals@example.com.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="94"/>
        <source>An e-mail that could not be sent for this many days is given up and listed for staff to follow up.</source>
        <translation>Un correo electrónico que no se ha podido enviar durante este número de días se abandona y aparece en la lista de seguimiento del personal.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="98"/>
        <source>The customer portal&apos;s renewal page: every renewal link in an e-mail starts with it and carries a signed token.</source>
        <translation>La página de renovación del portal de clientes: todos los enlaces de renovación de los correos electrónicos empiezan por ella y llevan un token firmado.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="102"/>
        <source>The customer portal&apos;s page for automatic renewal settings: the settings links in e-mails start with it.</source>
        <translation>La página del portal de clientes para la configuración de la renovación automática: los enlaces de configuración de los correos electrónicos empiezan por ella.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="106"/>
        <source>How many days a link in an e-mail keeps working after it is sent.</source>
        <translation>Cuántos días sigue funcionando un enlace de un correo electrónico después de enviarse.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="109"/>
        <source>The sender&apos;s name and the signature of every e-mail to customers.</source>
        <translation>El nombre del remitente y la firma de todos los correos electrónicos a los clientes.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="112"/>
        <source>How often every open window runs the due checks in the background.</source>
        <translation>Con qué frecuencia cada ventana abierta ejecuta en segundo plano las comprobaciones de vencimientos.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="115"/>
        <source>How many calls to the payment gateway the due checks make at the same time.</source>
        <translation>Cuántas llamadas simultáneas a la pasarela de pago hacen las comprobaciones de vencimientos.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="118"/>
        <source>A delay added to every answer of the built-in sandbox gateway, to try the program with a slow gateway; 0 for none.</source>
        <translation>Un retardo que se añade a cada respuesta de la pasarela de pruebas integrada, para probar el programa con una pasarela lenta; 0 para ninguno.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="122"/>
        <source>The password of the SMTP user, kept in this workstation&apos;s keyring.</source>
        <translation>La contraseña del usuario SMTP, guardada en el almacén de credenciales de este equipo.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="125"/>
        <source>The secret that signs the links in e-mails; the customer portal checks them with the same key.</source>
        <translation>El secreto con el que se firman los enlaces de los correos electrónicos; el portal de clientes los comprueba con la misma clave.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="129"/>
        <source>The API key of the payment gateway, kept in this workstation&apos;s keyring.</source>
        <translation>La clave de API de la pasarela de pago, guardada en el almacén de credenciales de este equipo.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="132"/>
        <source>The password this workstation uses for a PostgreSQL database whose address carries none.</source>
        <translation>La contraseña que usa este equipo para una base de datos PostgreSQL cuya dirección no incluye ninguna.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="143"/>
        <source>Enter a whole number from {low} to {high}.</source>
        <translation>Introduzca un número entero entre {low} y {high}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="144"/>
        <source>Choose on or off.</source>
        <translation>Elija activado o desactivado.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="145"/>
        <source>Choose a time zone from the list, such as Asia/Jerusalem.</source>
        <translation>Elija una zona horaria de la lista, por ejemplo Asia/Jerusalem.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="148"/>
        <source>Enter a server name or address, without spaces.</source>
        <translation>Introduzca un nombre o una dirección de servidor, sin espacios.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="149"/>
        <source>Enter an e-mail address such as renewals@example.com.</source>
        <translation>Introduzca una dirección de correo electrónico, por ejemplo renewals@example.com.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="152"/>
        <source>Enter an address that starts with https://, such as https://portal.example.com/renew.</source>
        <translation>Introduzca una dirección que empiece por https://, por ejemplo https://portal.example.com/renew.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="156"/>
        <source>This setting is unknown.</source>
        <translation>Este parámetro no se reconoce.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="158"/>
        <source>This value cannot be used.</source>
        <translation>Este valor no se puede usar.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../desktop/ui/admin/settings_dialog.py" line="154"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_dialog.py" line="175"/>
        <source>Passwords and keys are kept in this workstation&apos;s keyring, never in the database, and are never shown again: a field left empty keeps what is kept.</source>
        <translation>Las contraseñas y claves se guardan en el almacén de credenciales de este equipo, nunca en la base de datos, y no vuelven a mostrarse: si deja un campo vacío, se conserva el valor guardado.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_dialog.py" line="181"/>
        <source>Loading the settings…</source>
        <translation>Cargando la configuración…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_dialog.py" line="184"/>
        <source>Send test e-mail…</source>
        <translation>Enviar correo electrónico de prueba…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_dialog.py" line="186"/>
        <source>Sends an e-mail through the mail server with the values shown here, saved or not.</source>
        <translation>Envía un correo electrónico a través del servidor de correo con los valores que se muestran aquí, estén guardados o no.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_dialog.py" line="220"/>
        <source>Due checks &amp;&amp; charges</source>
        <translation>Comprobaciones y cobros</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_dialog.py" line="221"/>
        <source>E-mail (SMTP)</source>
        <translation>Correo electrónico (SMTP)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_dialog.py" line="222"/>
        <source>Links &amp;&amp; portal</source>
        <translation>Enlaces y portal</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_dialog.py" line="223"/>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_dialog.py" line="224"/>
        <source>Background &amp;&amp; gateway</source>
        <translation>Segundo plano y pasarela</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_dialog.py" line="252"/>
        <source>Every workstation that shares this database must keep the same link signing key: type the same key on each of them, and give it to the customer portal.</source>
        <translation>Todos los equipos que comparten esta base de datos deben usar la misma clave de firma de enlaces: escriba la misma clave en cada uno de ellos y facilítela al portal de clientes.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_dialog.py" line="298"/>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_dialog.py" line="300"/>
        <source>Default: {value}</source>
        <translation>Valor predeterminado: {value}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_dialog.py" line="310"/>
        <source>no keyring</source>
        <translation>sin almacén de credenciales</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_dialog.py" line="313"/>
        <source>set — type a new one to replace it</source>
        <translation>guardada — escriba una nueva para sustituirla</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_dialog.py" line="315"/>
        <source>not set</source>
        <translation>sin establecer</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_dialog.py" line="387"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_dialog.py" line="418"/>
        <source>Nothing was saved. Check these settings: {names}</source>
        <translation>No se guardó nada. Revise estos parámetros: {names}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_dialog.py" line="422"/>
        <source>The settings were saved, but the passwords and keys were not: {error}</source>
        <translation>La configuración se guardó, pero las contraseñas y claves no: {error}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_dialog.py" line="435"/>
        <source>Send test e-mail</source>
        <translation>Enviar correo electrónico de prueba</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_dialog.py" line="436"/>
        <source>Send a test e-mail, with the settings shown (saved or not), to:</source>
        <translation>Enviar un correo electrónico de prueba, con la configuración mostrada (guardada o no), a:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_dialog.py" line="440"/>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_dialog.py" line="457"/>
        <source>Sending a test e-mail to {address}…</source>
        <translation>Enviando un correo electrónico de prueba a {address}…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_dialog.py" line="469"/>
        <source>The test e-mail was sent to {address}. Check that it arrived.</source>
        <translation>El correo electrónico de prueba se envió a {address}. Compruebe que ha llegado.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_dialog.py" line="480"/>
        <source>The test e-mail was not sent. Check these settings: {names}</source>
        <translation>El correo electrónico de prueba no se envió. Revise estos parámetros: {names}</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../desktop/ui/dialogs/sign_in.py" line="40"/>
        <source>Sign in to RenewDesk</source>
        <translation>Iniciar sesión en RenewDesk</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/sign_in.py" line="55"/>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/sign_in.py" line="57"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/sign_in.py" line="58"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/sign_in.py" line="59"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
</context>
<context>
    <name>Staff</name>
    <message>
        <location filename="../desktop/ui/admin/staff_texts.py" line="31"/>
        <source>Sales</source>
        <translation>Ventas</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_texts.py" line="32"/>
        <source>Finance</source>
        <translation>Finanzas</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_texts.py" line="33"/>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_texts.py" line="34"/>
        <source>Background checks</source>
        <translation>Comprobaciones en segundo plano</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <location filename="../desktop/ui/admin/staff_dialog.py" line="196"/>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_dialog.py" line="202"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_dialog.py" line="202"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_dialog.py" line="202"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_dialog.py" line="202"/>
        <source>Locked until</source>
        <translation>Bloqueado hasta</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_dialog.py" line="213"/>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_dialog.py" line="214"/>
        <source>Change role…</source>
        <translation>Cambiar rol…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_dialog.py" line="215"/>
        <source>Reset password…</source>
        <translation>Restablecer contraseña…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_dialog.py" line="216"/>
        <location filename="../desktop/ui/admin/staff_dialog.py" line="294"/>
        <source>Disable</source>
        <translation>Desactivar</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_dialog.py" line="278"/>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_dialog.py" line="278"/>
        <source>Disabled</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_dialog.py" line="294"/>
        <source>Enable</source>
        <translation>Activar</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_dialog.py" line="304"/>
        <source>You cannot disable yourself.</source>
        <translation>No puede desactivar su propia cuenta.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_dialog.py" line="317"/>
        <source>{name} was added.</source>
        <translation>Se ha añadido a {name}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_dialog.py" line="326"/>
        <source>{name} is now: {role}.</source>
        <translation>{name} tiene ahora el rol: {role}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_dialog.py" line="337"/>
        <source>The password of {name} was reset.</source>
        <translation>Se ha restablecido la contraseña de {name}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_dialog.py" line="347"/>
        <source>Disable a staff member</source>
        <translation>Desactivar a un miembro del personal</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_dialog.py" line="348"/>
        <source>Disable {name}? They will no longer be able to sign in.</source>
        <translation>¿Desactivar a {name}? Ya no podrá iniciar sesión.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_dialog.py" line="362"/>
        <source>{name} was enabled.</source>
        <translation>Se ha activado a {name}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_dialog.py" line="364"/>
        <source>{name} was disabled.</source>
        <translation>Se ha desactivado a {name}.</translation>
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
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/upcoming_model.py" line="34"/>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/upcoming_model.py" line="35"/>
        <source>Charge date</source>
        <translation>Fecha de cobro</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/upcoming_model.py" line="36"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/upcoming_model.py" line="37"/>
        <source>Installments</source>
        <translation>Cuotas</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/upcoming_model.py" line="38"/>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/upcoming_model.py" line="39"/>
        <source>Billing contact</source>
        <translation>Contacto de facturación</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/upcoming_model.py" line="40"/>
        <source>Risks</source>
        <translation>Riesgos</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/upcoming_model.py" line="67"/>
        <source>no price</source>
        <translation>sin precio</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/upcoming_model.py" line="68"/>
        <source>no card</source>
        <translation>sin tarjeta</translation>
    </message>
</context>
<context>
    <name>UpcomingPanel</name>
    <message>
        <location filename="../desktop/ui/finance/upcoming_panel.py" line="62"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/upcoming_panel.py" line="64"/>
        <source>Any risk</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/upcoming_panel.py" line="65"/>
        <source>At risk</source>
        <translation>En riesgo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/upcoming_panel.py" line="66"/>
        <source>Safe</source>
        <translation>Sin riesgo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/upcoming_panel.py" line="73"/>
        <location filename="../desktop/ui/finance/upcoming_panel.py" line="247"/>
        <source>All currencies</source>
        <translation>Todas las monedas</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/upcoming_panel.py" line="75"/>
        <source>Customer name or number</source>
        <translation>Nombre o número de cliente</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/upcoming_panel.py" line="108"/>
        <source>Days ahead:</source>
        <translation>Días por delante:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/upcoming_panel.py" line="112"/>
        <source>Risk:</source>
        <translation>Riesgo:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/upcoming_panel.py" line="114"/>
        <source>Currency:</source>
        <translation>Moneda:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/upcoming_panel.py" line="118"/>
        <source>Amount per day in:</source>
        <translation>Importe diario en:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/upcoming_panel.py" line="186"/>
        <source>Loading the upcoming charges…</source>
        <translation>Cargando los próximos cobros…</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/finance/upcoming_panel.py" line="270"/>
        <source>%n charge(s) from {first} to {last}</source>
        <translation>
            <numerusform>%n cobro del {first} al {last}</numerusform>
            <numerusform>%n cobros del {first} al {last}</numerusform>
        </translation>
    </message>
</context>
</TS>

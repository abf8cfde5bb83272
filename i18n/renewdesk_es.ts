<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../desktop/ui/dialogs/about_dialog.py" line="62"/>
        <source>About RenewDesk</source>
        <translation>Acerca de RenewDesk</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/about_dialog.py" line="70"/>
        <source>Renewals and automatic card payments for a web-hosting company.</source>
        <translation>Renovaciones y cobros automáticos con tarjeta para una empresa de alojamiento web.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/about_dialog.py" line="76"/>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/about_dialog.py" line="77"/>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/about_dialog.py" line="78"/>
        <source>Workstation</source>
        <translation>Puesto de trabajo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/about_dialog.py" line="85"/>
        <source>Checks of this workstation</source>
        <translation>Comprobaciones de este puesto</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/about_dialog.py" line="99"/>
        <source>Check again</source>
        <translation>Comprobar de nuevo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/about_dialog.py" line="100"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/about_dialog.py" line="101"/>
        <source>Copies these facts and checks as plain text, for support</source>
        <translation>Copia estos datos y comprobaciones como texto sin formato, para el soporte técnico</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/about_dialog.py" line="131"/>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/about_dialog.py" line="171"/>
        <source>The checks could not be run ({detail})</source>
        <translation>No se pudieron realizar las comprobaciones ({detail})</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/about_dialog.py" line="188"/>
        <source>the report is on the clipboard</source>
        <translation>el informe está en el portapapeles</translation>
    </message>
</context>
<context>
    <name>AccountPanel</name>
    <message>
        <location filename="../desktop/ui/customers/account_panel.py" line="162"/>
        <source>Filter services</source>
        <translation>Filtrar servicios</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/account_panel.py" line="163"/>
        <source>Services</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/account_panel.py" line="187"/>
        <source>Loading the account…</source>
        <translation>Cargando la cuenta…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/account_panel.py" line="231"/>
        <source>No customer chosen</source>
        <translation>No se ha seleccionado ningún cliente</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/account_panel.py" line="232"/>
        <source>Find a customer on the left.</source>
        <translation>Busque un cliente en el panel de la izquierda.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/account_panel.py" line="241"/>
        <source>(not valid)</source>
        <translation>(no válida)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/account_panel.py" line="243"/>
        <location filename="../desktop/ui/customers/account_panel.py" line="248"/>
        <source>none</source>
        <translation>no hay</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/account_panel.py" line="250"/>
        <source>E-mail: {email}   Customer: {ref}
Billing contacts: {contacts}
Cards: {cards}</source>
        <translation>Correo electrónico: {email}   Cliente: {ref}
Contactos de facturación: {contacts}
Tarjetas: {cards}</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/customers/account_panel.py" line="268"/>
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n servicio</numerusform>
            <numerusform>%n servicios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/customers/account_panel.py" line="270"/>
        <source>%n of {total} shown</source>
        <translation>
            <numerusform>Se muestra %n de {total}</numerusform>
            <numerusform>Se muestran %n de {total}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/customers/account_panel.py" line="272"/>
        <source>{services}, %n at risk</source>
        <translation>
            <numerusform>{services}, %n en riesgo</numerusform>
            <numerusform>{services}, %n en riesgo</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AddCardDialog</name>
    <message>
        <location filename="../desktop/ui/customers/add_card_dialog.py" line="27"/>
        <location filename="../desktop/ui/customers/add_card_dialog.py" line="39"/>
        <source>Add card</source>
        <translation>Añadir tarjeta</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/add_card_dialog.py" line="29"/>
        <source>The card is checked with the payment gateway; only its last 4 digits are kept.</source>
        <translation>La tarjeta se verifica con la pasarela de pago; solo se guardan sus 4 últimos dígitos.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/add_card_dialog.py" line="35"/>
        <source>Customer: {name}</source>
        <translation>Cliente: {name}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/add_card_dialog.py" line="61"/>
        <source>Checking the card with the payment gateway…</source>
        <translation>Verificando la tarjeta con la pasarela de pago…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/add_card_dialog.py" line="69"/>
        <source>Card {card} added ({ref}).</source>
        <translation>Tarjeta {card} añadida ({ref}).</translation>
    </message>
</context>
<context>
    <name>AddStaffDialog</name>
    <message>
        <location filename="../desktop/ui/admin/staff_dialog.py" line="123"/>
        <source>Add a staff member</source>
        <translation>Añadir un empleado</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_dialog.py" line="128"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_dialog.py" line="129"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_dialog.py" line="130"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_dialog.py" line="131"/>
        <source>Password again</source>
        <translation>Confirmar contraseña</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_dialog.py" line="132"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_dialog.py" line="137"/>
        <source>The two passwords differ.</source>
        <translation>Las contraseñas no coinciden.</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../desktop/ui/admin/audit_dialog.py" line="93"/>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_dialog.py" line="105"/>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_dialog.py" line="107"/>
        <source>All actions</source>
        <translation>Todas las acciones</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_dialog.py" line="112"/>
        <source>Reference or name</source>
        <translation>Nombre o número</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_dialog.py" line="123"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_dialog.py" line="70"/>
        <location filename="../desktop/ui/admin/audit_dialog.py" line="127"/>
        <source>Who</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_dialog.py" line="69"/>
        <source>When (UTC)</source>
        <translation>Fecha (UTC)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_dialog.py" line="78"/>
        <source>Workstation</source>
        <translation>Puesto de trabajo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_dialog.py" line="71"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_dialog.py" line="72"/>
        <source>Concerning</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_dialog.py" line="73"/>
        <source>Concerning (id)</source>
        <translation>Elemento (id)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_dialog.py" line="74"/>
        <source>Customer reference</source>
        <translation>Número de cliente</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_dialog.py" line="75"/>
        <source>Customer name</source>
        <translation>Nombre del cliente</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_dialog.py" line="76"/>
        <source>Before (JSON)</source>
        <translation>Antes (JSON)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_dialog.py" line="77"/>
        <source>After (JSON)</source>
        <translation>Después (JSON)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_dialog.py" line="128"/>
        <source>What</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_dialog.py" line="129"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_dialog.py" line="130"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_dialog.py" line="131"/>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_dialog.py" line="161"/>
        <location filename="../desktop/ui/admin/audit_dialog.py" line="448"/>
        <source>Choose an entry to see what it changed.</source>
        <translation>Elija una entrada para ver qué cambió.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_dialog.py" line="189"/>
        <source>Load more</source>
        <translation>Cargar más</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_dialog.py" line="191"/>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/admin/audit_dialog.py" line="413"/>
        <source>%n entry(ies) shown, newest first; older ones follow with Load more.</source>
        <translation>
            <numerusform>Se muestra %n entrada, de la más reciente a la más antigua; las anteriores se cargan con «Cargar más».</numerusform>
            <numerusform>Se muestran %n entradas, de la más reciente a la más antigua; las anteriores se cargan con «Cargar más».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/admin/audit_dialog.py" line="414"/>
        <source>%n entry(ies), newest first.</source>
        <translation>
            <numerusform>%n entrada, de la más reciente a la más antigua.</numerusform>
            <numerusform>%n entradas, de la más reciente a la más antigua.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_dialog.py" line="456"/>
        <source>{what}, {when}, by {who}</source>
        <translation>{what}, {when}, por {who}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_dialog.py" line="467"/>
        <source>Nothing else was recorded.</source>
        <translation>No se registró nada más.</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/admin/audit_dialog.py" line="529"/>
        <source>%n entry(ies) written to {file}.</source>
        <translation>
            <numerusform>%n entrada escrita en {file}.</numerusform>
            <numerusform>%n entradas escritas en {file}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_dialog.py" line="461"/>
        <source>Concerning: {entity}</source>
        <translation>Elemento: {entity}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_dialog.py" line="465"/>
        <source>Customer: {customer}</source>
        <translation>Cliente: {customer}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_dialog.py" line="475"/>
        <source>Export the audit log</source>
        <translation>Exportar el registro de auditoría</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_dialog.py" line="475"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_dialog.py" line="488"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_dialog.py" line="489"/>
        <source>Writing the audit log to {file}…</source>
        <translation>Escribiendo el registro de auditoría en {file}…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_dialog.py" line="490"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_dialog.py" line="499"/>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_dialog.py" line="520"/>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../desktop/ui/admin/audit_model.py" line="33"/>
        <source>When</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_model.py" line="34"/>
        <source>Who</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_model.py" line="35"/>
        <source>Workstation</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_model.py" line="36"/>
        <source>What</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_model.py" line="37"/>
        <source>Concerning</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_model.py" line="38"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_model.py" line="39"/>
        <source>What changed</source>
        <translation>Qué cambió</translation>
    </message>
</context>
<context>
    <name>AuditTexts</name>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="47"/>
        <source>Auto-renew switched on</source>
        <translation>Renovación automática activada</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="48"/>
        <source>Auto-renew switched off</source>
        <translation>Renovación automática desactivada</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="49"/>
        <source>Auto-renew settings changed</source>
        <translation>Configuración de renovación automática modificada</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="50"/>
        <source>Auto-renew stopped</source>
        <translation>Renovación automática detenida</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="51"/>
        <source>Renewal opened again</source>
        <translation>Renovación reabierta</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="52"/>
        <source>Renewal terms changed</source>
        <translation>Cambiaron las condiciones de la renovación</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="53"/>
        <source>Card check passed</source>
        <translation>Tarjeta verificada</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="54"/>
        <source>Card check failed</source>
        <translation>Verificación de tarjeta fallida</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="59"/>
        <source>Charged</source>
        <translation>Cobro realizado</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="60"/>
        <source>Charge failed</source>
        <translation>Cobro fallido</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="61"/>
        <source>Charge declined</source>
        <translation>Cobro rechazado</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="62"/>
        <source>Renewal needs attention</source>
        <translation>La renovación requiere atención</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="63"/>
        <source>E-mail sent</source>
        <translation>Correo electrónico enviado</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="64"/>
        <source>E-mail given up</source>
        <translation>Correo abandonado</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="66"/>
        <source>E-mail retried now</source>
        <translation>Correo reintentado</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="67"/>
        <source>E-mail sent again</source>
        <translation>Correo reenviado</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="69"/>
        <source>Proforma issued</source>
        <translation>Proforma emitida</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="85"/>
        <source>Data imported</source>
        <translation>Datos importados</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="86"/>
        <source>Upcoming charges exported</source>
        <translation>Próximos cobros exportados</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="87"/>
        <source>Audit log exported</source>
        <translation>Registro de auditoría exportado</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="89"/>
        <source>Setting changed</source>
        <translation>Parámetro modificado</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="90"/>
        <source>Secret changed</source>
        <translation>Secreto modificado</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="91"/>
        <source>Link-signing key created</source>
        <translation>Clave de firma de enlaces creada</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="92"/>
        <source>Test e-mail sent</source>
        <translation>Correo electrónico de prueba enviado</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="93"/>
        <source>Staff member added</source>
        <translation>Empleado añadido</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="94"/>
        <source>Staff role changed</source>
        <translation>Rol de empleado cambiado</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="95"/>
        <source>Staff password reset</source>
        <translation>Contraseña de empleado restablecida</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="96"/>
        <source>Staff member disabled</source>
        <translation>Empleado desactivado</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="97"/>
        <source>Staff member enabled</source>
        <translation>Empleado activado</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="98"/>
        <source>Signed in</source>
        <translation>Inicio de sesión</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="99"/>
        <source>Sign-in failed</source>
        <translation>Inicio de sesión fallido</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="100"/>
        <source>Staff member locked out</source>
        <translation>Empleado bloqueado</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="101"/>
        <source>Login linked to a staff member</source>
        <translation>Usuario del sistema vinculado a un empleado</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="102"/>
        <source>Login unlinked from a staff member</source>
        <translation>Usuario del sistema desvinculado de un empleado</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="115"/>
        <source>Auto-renew: every change</source>
        <translation>Renovación automática: todos los cambios</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="116"/>
        <source>Card checks: all</source>
        <translation>Verificaciones de tarjeta: todas</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="117"/>
        <source>Charges: all</source>
        <translation>Cobros: todos</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="118"/>
        <source>Renewals: all</source>
        <translation>Renovaciones: todas</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="119"/>
        <source>E-mails: all</source>
        <translation>Correos: todos</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="121"/>
        <source>Exports: all</source>
        <translation>Exportaciones: todas</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="122"/>
        <source>Staff: everything</source>
        <translation>Personal: todo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="125"/>
        <source>Settings: all</source>
        <translation>Configuración: todo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="131"/>
        <source>{prefix}* (all)</source>
        <translation>{prefix}* (todas)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="137"/>
        <location filename="../desktop/ui/admin/audit_texts.py" line="173"/>
        <location filename="../desktop/ui/admin/audit_texts.py" line="174"/>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="138"/>
        <location filename="../desktop/ui/admin/audit_texts.py" line="175"/>
        <source>Renewal cycle</source>
        <translation>Ciclo de renovación</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="139"/>
        <location filename="../desktop/ui/admin/audit_texts.py" line="162"/>
        <location filename="../desktop/ui/admin/audit_texts.py" line="163"/>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="140"/>
        <location filename="../desktop/ui/admin/audit_texts.py" line="165"/>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="142"/>
        <location filename="../desktop/ui/admin/audit_texts.py" line="231"/>
        <source>Proforma</source>
        <translation>Proforma</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="143"/>
        <location filename="../desktop/ui/admin/audit_texts.py" line="182"/>
        <source>Invoice</source>
        <translation>Factura</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="144"/>
        <location filename="../desktop/ui/admin/audit_texts.py" line="145"/>
        <location filename="../desktop/ui/admin/audit_texts.py" line="222"/>
        <source>E-mail</source>
        <translation>Correo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="146"/>
        <source>Staff member</source>
        <translation>Empleado</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="147"/>
        <source>Setting</source>
        <translation>Parámetro</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="148"/>
        <source>Secret</source>
        <translation>Secreto</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="149"/>
        <source>Export</source>
        <translation>Exportación</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="150"/>
        <source>Import</source>
        <translation>Importación</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="244"/>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="161"/>
        <source>Auto-renew</source>
        <translation>Renovación automática</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="164"/>
        <source>Billing contact</source>
        <translation>Contacto de facturación</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="166"/>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="167"/>
        <source>Installments</source>
        <translation>Cuotas</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="168"/>
        <source>Why it stopped</source>
        <translation>Motivo de la interrupción</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="169"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="170"/>
        <source>Status before</source>
        <translation>Estado anterior</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="171"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="172"/>
        <source>Reason before</source>
        <translation>Motivo anterior</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="176"/>
        <source>Charge date</source>
        <translation>Fecha de cobro</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="177"/>
        <location filename="../desktop/ui/admin/audit_texts.py" line="178"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="179"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="180"/>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="181"/>
        <source>Charge key</source>
        <translation>Clave del cobro</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="183"/>
        <source>Expires on</source>
        <translation>Vence el</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="184"/>
        <source>Notice sent</source>
        <translation>Aviso enviado</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="185"/>
        <source>Notice version</source>
        <translation>Versión del aviso</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="186"/>
        <source>Delivery</source>
        <translation>Entrega</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="187"/>
        <source>Failing since</source>
        <translation>Falla desde</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="188"/>
        <source>Next try</source>
        <translation>Próximo intento</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="189"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="190"/>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="191"/>
        <source>Tries</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="192"/>
        <source>Last error</source>
        <translation>Último error</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="193"/>
        <source>Message ID</source>
        <translation>ID del mensaje</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="194"/>
        <source>Sent again from</source>
        <translation>Reenvío de</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="195"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="196"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="197"/>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="198"/>
        <source>Computer login</source>
        <translation>Usuario del sistema</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="199"/>
        <source>Failed sign-ins</source>
        <translation>Inicios de sesión fallidos</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="200"/>
        <source>Locked until</source>
        <translation>Bloqueado hasta</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="201"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="202"/>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="203"/>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="204"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="205"/>
        <source>Filter</source>
        <translation>Filtro</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="206"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="207"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="141"/>
        <location filename="../desktop/ui/admin/audit_texts.py" line="208"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="55"/>
        <source>Card added</source>
        <translation>Tarjeta añadida</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="56"/>
        <source>Card replaced on a service</source>
        <translation>Tarjeta sustituida en un servicio</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="57"/>
        <source>Card removed</source>
        <translation>Tarjeta eliminada</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="58"/>
        <source>Card marked not valid</source>
        <translation>Tarjeta marcada como no válida</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="65"/>
        <source>E-mail withdrawn, not sent</source>
        <translation>Correo retirado, no enviado</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="68"/>
        <source>Renew link e-mailed</source>
        <translation>Enlace de renovación enviado por correo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="70"/>
        <source>Proforma paid</source>
        <translation>Proforma pagada</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="71"/>
        <source>Proforma cancelled</source>
        <translation>Proforma cancelada</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="72"/>
        <source>Card charge sent to the gateway</source>
        <translation>Cobro con tarjeta enviado a la pasarela</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="73"/>
        <source>Card payment declined</source>
        <translation>Pago con tarjeta rechazado</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="74"/>
        <source>Card charge received, not applied</source>
        <translation>Cobro con tarjeta recibido, no aplicado</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="75"/>
        <source>Card refund sent to the gateway</source>
        <translation>Reembolso a la tarjeta enviado a la pasarela</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="76"/>
        <source>Card charge refunded</source>
        <translation>Cobro con tarjeta reembolsado</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="77"/>
        <source>Invoice issued</source>
        <translation>Factura emitida</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="78"/>
        <source>Service renewed by a payment</source>
        <translation>Servicio renovado por un pago</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="79"/>
        <source>Document e-mailed with its PDF</source>
        <translation>Documento enviado por correo con su PDF</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="80"/>
        <source>Customer added</source>
        <translation>Cliente añadido</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="81"/>
        <source>Customer details changed</source>
        <translation>Datos del cliente cambiados</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="82"/>
        <source>Billing contact added</source>
        <translation>Contacto de facturación añadido</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="83"/>
        <source>Billing contact changed</source>
        <translation>Contacto de facturación cambiado</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="84"/>
        <source>Billing contact removed</source>
        <translation>Contacto de facturación eliminado</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="88"/>
        <source>Invoices exported</source>
        <translation>Facturas exportadas</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="120"/>
        <source>Documents e-mailed: all</source>
        <translation>Documentos enviados por correo: todos</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="123"/>
        <source>Customers: all</source>
        <translation>Clientes: todos</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="124"/>
        <source>Billing contacts: all</source>
        <translation>Contactos de facturación: todos</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="209"/>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="210"/>
        <source>Services</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="211"/>
        <source>Billed to</source>
        <translation>Facturado a</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="212"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="213"/>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="214"/>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="215"/>
        <source>Cards</source>
        <translation>Tarjetas</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="216"/>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="217"/>
        <source>Prices</source>
        <translation>Precios</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="218"/>
        <source>Key fingerprint</source>
        <translation>Huella de la clave</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="219"/>
        <source>SMTP server</source>
        <translation>Servidor SMTP</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="220"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="221"/>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="223"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="224"/>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="225"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="226"/>
        <source>Tax ID</source>
        <translation>NIF / identificación fiscal</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="227"/>
        <source>Paid by</source>
        <translation>Forma de pago</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="228"/>
        <source>Paid on</source>
        <translation>Fecha de pago</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="229"/>
        <source>Payment reference</source>
        <translation>Referencia del pago</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="230"/>
        <source>Left out</source>
        <translation>Excluida</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="232"/>
        <source>Series</source>
        <translation>Serie</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="233"/>
        <source>Renewals ended</source>
        <translation>Ciclos de renovación terminados</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="234"/>
        <source>Brand</source>
        <translation>Marca</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="235"/>
        <source>Expiry</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="236"/>
        <source>Card holder</source>
        <translation>Titular de la tarjeta</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="251"/>
        <source>switched off by staff</source>
        <translation>desactivada por el personal</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="252"/>
        <source>no card</source>
        <translation>sin tarjeta</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="253"/>
        <source>the card expires before the charge</source>
        <translation>la tarjeta vence antes del cobro</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="256"/>
        <source>the card check was declined</source>
        <translation>la verificación de la tarjeta fue rechazada</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="257"/>
        <source>the charge was declined</source>
        <translation>el cobro fue rechazado</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="259"/>
        <source>the card issuer declined it</source>
        <translation>el emisor de la tarjeta lo rechazó</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="260"/>
        <source>the charge failed</source>
        <translation>el cobro falló</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="261"/>
        <source>no price for this renewal</source>
        <translation>no hay precio para esta renovación</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="262"/>
        <source>no renewal was under way</source>
        <translation>no había ninguna renovación en curso</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="263"/>
        <source>the charge date was missed</source>
        <translation>se pasó la fecha de cobro</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="264"/>
        <source>the charge&apos;s notice was never sent</source>
        <translation>el aviso del cobro nunca se envió</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="265"/>
        <location filename="../desktop/ui/admin/audit_texts.py" line="359"/>
        <source>no longer due</source>
        <translation>ya no procede</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="266"/>
        <source>the card was removed</source>
        <translation>se eliminó la tarjeta</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="267"/>
        <source>renewed by a proforma&apos;s payment</source>
        <translation>renovado por el pago de una proforma</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="269"/>
        <source>an updated notice replaced it</source>
        <translation>un aviso actualizado lo sustituyó</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="270"/>
        <source>the renewal it announced stopped</source>
        <translation>la renovación que anunciaba se detuvo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="271"/>
        <source>the proforma was cancelled</source>
        <translation>la proforma se canceló</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="272"/>
        <source>auto-renew was switched on again before it was sent</source>
        <translation>la renovación automática se volvió a activar antes de enviarlo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="286"/>
        <source>queued</source>
        <translation>en cola</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="287"/>
        <source>sent</source>
        <translation>enviado</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="288"/>
        <source>failing</source>
        <translation>con fallos</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="289"/>
        <source>given up</source>
        <translation>abandonado</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="290"/>
        <source>withdrawn</source>
        <translation>retirado</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="301"/>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="302"/>
        <source>Hebrew</source>
        <translation>Hebreo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="303"/>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="313"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="315"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="321"/>
        <source>on</source>
        <translation>activada</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="323"/>
        <source>off</source>
        <translation>desactivada</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/admin/audit_texts.py" line="328"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mes</numerusform>
            <numerusform>%n meses</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="334"/>
        <source>pre-charge notice</source>
        <translation>aviso previo al cobro</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="335"/>
        <source>updated pre-charge notice</source>
        <translation>aviso previo al cobro actualizado</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="336"/>
        <source>card check failed</source>
        <translation>verificación de tarjeta fallida</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="337"/>
        <source>charge receipt</source>
        <translation>recibo del cobro</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="338"/>
        <location filename="../desktop/ui/admin/audit_texts.py" line="356"/>
        <source>charge failed</source>
        <translation>cobro fallido</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="339"/>
        <source>auto-renew switched off</source>
        <translation>renovación automática desactivada</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="340"/>
        <source>proforma with its PDF</source>
        <translation>proforma con su PDF</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="341"/>
        <source>tax invoice with its PDF</source>
        <translation>factura con su PDF</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="352"/>
        <source>waiting for its check</source>
        <translation>pendiente de verificación</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="353"/>
        <source>card checked</source>
        <translation>tarjeta verificada</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="354"/>
        <source>charging</source>
        <translation>cobro en curso</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="355"/>
        <location filename="../desktop/ui/admin/audit_texts.py" line="376"/>
        <source>charged</source>
        <translation>cobrado</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="357"/>
        <source>stopped at the card check</source>
        <translation>detenida en la verificación de la tarjeta</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="358"/>
        <source>needs attention</source>
        <translation>requiere atención</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="365"/>
        <source>open</source>
        <translation>abierta</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="366"/>
        <source>paid</source>
        <translation>pagada</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="367"/>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="368"/>
        <source>expired</source>
        <translation>vencida</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="374"/>
        <source>charge under way</source>
        <translation>cargo en curso</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="375"/>
        <source>answer not known</source>
        <translation>respuesta desconocida</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="377"/>
        <source>declined</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="378"/>
        <source>not sent</source>
        <translation>no enviado</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="379"/>
        <source>received, not applied</source>
        <translation>recibido, no aplicado</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="380"/>
        <source>refunded</source>
        <translation>reembolsado</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="396"/>
        <source>Service #{id} (deleted)</source>
        <translation>Servicio n.º {id} (eliminado)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="397"/>
        <source>Renewal cycle #{id} (deleted)</source>
        <translation>Ciclo de renovación n.º {id} (eliminado)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="398"/>
        <source>Card #{id} (deleted)</source>
        <translation>Tarjeta n.º {id} (eliminada)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="399"/>
        <source>Contact #{id} (deleted)</source>
        <translation>Contacto n.º {id} (eliminado)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="400"/>
        <source>Staff member #{id} (deleted)</source>
        <translation>Empleado n.º {id} (eliminado)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="401"/>
        <source>E-mail #{id} (deleted)</source>
        <translation>Correo n.º {id} (eliminado)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="402"/>
        <source>Customer #{id} (deleted)</source>
        <translation>Cliente n.º {id} (eliminado)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="409"/>
        <source>{name} (deleted)</source>
        <translation>{name} (eliminado)</translation>
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
        <translation>{kind} para {address}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_words.py" line="243"/>
        <source>{before} → {after}</source>
        <translation>{before} → {after}</translation>
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
        <translation>Fallaron las comprobaciones: {when}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/background_status.py" line="210"/>
        <source>Last checks {when}</source>
        <translation>Últimas comprobaciones: {when}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/background_status.py" line="212"/>
        <source>Checks running…</source>
        <translation>Comprobaciones en curso…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/background_status.py" line="214"/>
        <source>Checks not started</source>
        <translation>Comprobaciones aún no iniciadas</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/background_status.py" line="216"/>
        <source>%n charge(s) without an answer</source>
        <translation>
            <numerusform>%n cobro sin respuesta</numerusform>
            <numerusform>%n cobros sin respuesta</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/background_status.py" line="219"/>
        <source>E-mail is not set up</source>
        <translation>Correo electrónico sin configurar</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/background_status.py" line="222"/>
        <source>%n e-mail(s) failing</source>
        <translation>
            <numerusform>%n correo con fallos</numerusform>
            <numerusform>%n correos con fallos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/background_status.py" line="224"/>
        <source>%n e-mail(s) given up</source>
        <translation>
            <numerusform>%n correo abandonado</numerusform>
            <numerusform>%n correos abandonados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/background_status.py" line="226"/>
        <source>%n e-mail(s) queued</source>
        <translation>
            <numerusform>%n correo en cola</numerusform>
            <numerusform>%n correos en cola</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/background_status.py" line="229"/>
        <source>next {time}</source>
        <translation>próximas: {time}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/background_status.py" line="248"/>
        <source>Set up…</source>
        <translation>Configurar…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/background_status.py" line="250"/>
        <source>Open the settings</source>
        <translation>Abrir la configuración</translation>
    </message>
    <message>
        <location filename="../desktop/ui/background_status.py" line="252"/>
        <source>(ask an administrator)</source>
        <translation>(pídaselo a un administrador)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/background_status.py" line="274"/>
        <source>Last checks: {when}</source>
        <translation>Últimas comprobaciones: {when}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/background_status.py" line="279"/>
        <source>The checks were skipped: the computer was asleep or busy at their time.</source>
        <translation>Las comprobaciones no se hicieron: el equipo estaba en reposo u ocupado a la hora prevista.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/background_status.py" line="282"/>
        <location filename="../desktop/ui/background_status.py" line="290"/>
        <source>What they did: {what}</source>
        <translation>Qué hicieron: {what}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/background_status.py" line="286"/>
        <source>Last checks: {when} ({workstation})</source>
        <translation>Últimas comprobaciones: {when} ({workstation})</translation>
    </message>
    <message>
        <location filename="../desktop/ui/background_status.py" line="294"/>
        <source>Next checks: {when}</source>
        <translation>Próximas comprobaciones: {when}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/background_status.py" line="300"/>
        <source>E-mail is not set up yet; the e-mails wait until it is:</source>
        <translation>El correo electrónico aún no está configurado; los correos esperarán hasta entonces:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/background_status.py" line="303"/>
        <source>Ask an administrator to set it up.</source>
        <translation>Pida a un administrador que lo configure.</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/background_status.py" line="307"/>
        <source>%n failing</source>
        <translation>
            <numerusform>%n con fallos</numerusform>
            <numerusform>%n con fallos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/background_status.py" line="308"/>
        <source>%n given up</source>
        <translation>
            <numerusform>%n abandonado</numerusform>
            <numerusform>%n abandonados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/background_status.py" line="309"/>
        <source>%n queued</source>
        <translation>
            <numerusform>%n en cola</numerusform>
            <numerusform>%n en cola</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/background_status.py" line="314"/>
        <source>E-mails: {counts}</source>
        <translation>Correos: {counts}</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/background_status.py" line="318"/>
        <source>Last failure, after %n try(ies): {why}</source>
        <translation>
            <numerusform>Último fallo, tras %n intento: {why}</numerusform>
            <numerusform>Último fallo, tras %n intentos: {why}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/background_status.py" line="323"/>
        <source>Next try: {when}</source>
        <translation>Próximo intento: {when}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/background_status.py" line="325"/>
        <source>E-mails: all sent</source>
        <translation>Correos: todos enviados</translation>
    </message>
</context>
<context>
    <name>CardDialogs</name>
    <message>
        <location filename="../desktop/ui/customers/card_work.py" line="145"/>
        <source>The card {card} is no longer on the account: nothing can be done with it here.</source>
        <translation>La tarjeta {card} ya no está en la cuenta: aquí ya no se puede hacer nada con ella.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/card_work.py" line="157"/>
        <source>The card to move them to ({card}) is no longer on the account. Nothing was changed; choose another.</source>
        <translation>La tarjeta a la que iban a pasar ({card}) ya no está en la cuenta. No se ha cambiado nada; elija otra.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/card_work.py" line="196"/>
        <source>Stopping… nothing will be changed</source>
        <translation>Deteniendo… no se cambiará nada</translation>
    </message>
</context>
<context>
    <name>CardEntry</name>
    <message>
        <location filename="../desktop/ui/customers/card_entry.py" line="59"/>
        <source>MM/YYYY</source>
        <translation>MM/AAAA</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/card_entry.py" line="220"/>
        <source>Type the holder&apos;s name here, not the card number.</source>
        <translation>Escriba aquí el nombre del titular, no el número de la tarjeta.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/card_entry.py" line="222"/>
        <source>Type the month and year as on the card: MM/YYYY.</source>
        <translation>Escriba el mes y el año como figuran en la tarjeta: MM/AAAA.</translation>
    </message>
</context>
<context>
    <name>CardsModel</name>
    <message>
        <location filename="../desktop/ui/customers/cards_model.py" line="52"/>
        <source>Valid</source>
        <translation>Válida</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/cards_model.py" line="55"/>
        <source>Expired</source>
        <translation>Vencida</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/customers/cards_model.py" line="65"/>
        <source>%n renewing automatically</source>
        <translation>
            <numerusform>%n con renovación automática</numerusform>
            <numerusform>%n con renovación automática</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/cards_model.py" line="67"/>
        <source>Not in use</source>
        <translation>Sin uso</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/customers/cards_model.py" line="69"/>
        <source>(+%n off)</source>
        <translation>
            <numerusform>(+%n desactivado)</numerusform>
            <numerusform>(+%n desactivados)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/cards_model.py" line="79"/>
        <source>Expires before the next charge of: {services}</source>
        <translation>Vence antes del próximo cobro de: {services}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/cards_model.py" line="105"/>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/cards_model.py" line="106"/>
        <source>Ref</source>
        <translation>Ref.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/cards_model.py" line="107"/>
        <source>Expiry</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/cards_model.py" line="108"/>
        <source>Holder</source>
        <translation>Titular</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/cards_model.py" line="109"/>
        <source>Valid?</source>
        <translation>¿Válida?</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/cards_model.py" line="110"/>
        <source>Services</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/cards_model.py" line="111"/>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/cards_model.py" line="118"/>
        <source>The card&apos;s ref, as the commands take it: card replace, card remove, proforma pay --card</source>
        <translation>La referencia de la tarjeta, tal como la aceptan los comandos: card replace, card remove, proforma pay --card</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/cards_model.py" line="124"/>
        <source>The card expires before the next charge of: {services}. The charge will fail; replace the card.</source>
        <translation>La tarjeta vence antes del próximo cobro de: {services}. El cobro fallará; sustituya la tarjeta.</translation>
    </message>
</context>
<context>
    <name>CardsTab</name>
    <message>
        <location filename="../desktop/ui/customers/cards_tab.py" line="50"/>
        <source>Cards</source>
        <translation>Tarjetas</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/cards_tab.py" line="53"/>
        <source>Add card…</source>
        <translation>Añadir tarjeta…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/cards_tab.py" line="54"/>
        <source>Replace…</source>
        <translation>Sustituir…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/cards_tab.py" line="55"/>
        <source>Remove…</source>
        <translation>Eliminar…</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/customers/cards_tab.py" line="66"/>
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n tarjeta</numerusform>
            <numerusform>%n tarjetas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/cards_tab.py" line="81"/>
        <source>Choose a card in the table first.</source>
        <translation>Elija primero una tarjeta en la tabla.</translation>
    </message>
</context>
<context>
    <name>ChangeModel</name>
    <message>
        <location filename="../desktop/ui/admin/audit_model.py" line="120"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_model.py" line="121"/>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_model.py" line="122"/>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_model.py" line="145"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
</context>
<context>
    <name>ChangeRoleDialog</name>
    <message>
        <location filename="../desktop/ui/admin/staff_dialog.py" line="150"/>
        <source>Change the role of {name}</source>
        <translation>Cambiar el rol de {name}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_dialog.py" line="152"/>
        <source>Staff member</source>
        <translation>Empleado</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_dialog.py" line="153"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_dialog.py" line="154"/>
        <source>Change role</source>
        <translation>Cambiar rol</translation>
    </message>
</context>
<context>
    <name>CheckTexts</name>
    <message>
        <location filename="../desktop/ui/dialogs/check_texts.py" line="23"/>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/check_texts.py" line="24"/>
        <source>Schema version</source>
        <translation>Versión del esquema</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/check_texts.py" line="25"/>
        <source>Keyring</source>
        <translation>Almacén de credenciales</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/check_texts.py" line="26"/>
        <source>Link-signing key</source>
        <translation>Clave de firma de enlaces</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/check_texts.py" line="27"/>
        <source>Mail server</source>
        <translation>Servidor de correo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/check_texts.py" line="28"/>
        <source>Payment gateway</source>
        <translation>Pasarela de pago</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/check_texts.py" line="29"/>
        <source>Time zone and clock</source>
        <translation>Zona horaria y reloj</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/check_texts.py" line="36"/>
        <source>passed</source>
        <translation>correcto</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/check_texts.py" line="37"/>
        <source>did not pass</source>
        <translation>no superado</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/check_texts.py" line="38"/>
        <source>not checked</source>
        <translation>no comprobado</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/check_texts.py" line="51"/>
        <source>Not checked: the database could not be checked</source>
        <translation>No comprobado: no se pudo comprobar la base de datos</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/check_texts.py" line="54"/>
        <source>Not checked: the database is not at this program&apos;s version</source>
        <translation>No comprobado: la base de datos no está en la versión de este programa</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/check_texts.py" line="57"/>
        <source>Not checked: the keyring cannot be read</source>
        <translation>No comprobado: no se puede leer el almacén de credenciales</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/check_texts.py" line="61"/>
        <source>Not checked</source>
        <translation>No comprobado</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs/check_texts.py" line="74"/>
        <source>{zone}; this computer&apos;s clock is %n second(s) off the database server&apos;s</source>
        <translation>
            <numerusform>{zone}; el reloj de este equipo difiere %n segundo del del servidor de la base de datos</numerusform>
            <numerusform>{zone}; el reloj de este equipo difiere %n segundos del del servidor de la base de datos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs/check_texts.py" line="79"/>
        <source>No answer within %n second(s)</source>
        <translation>
            <numerusform>Sin respuesta en %n segundo</numerusform>
            <numerusform>Sin respuesta en %n segundos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/check_texts.py" line="81"/>
        <source>Reachable: {url}</source>
        <translation>Accesible: {url}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/check_texts.py" line="82"/>
        <source>This connection cannot be used ({detail})</source>
        <translation>No se puede usar esta conexión ({detail})</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/check_texts.py" line="85"/>
        <source>There is no database file {path}</source>
        <translation>No existe el archivo de base de datos {path}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/check_texts.py" line="86"/>
        <source>The database file {path}, remembered for this workstation, is not there; nothing was made in its place: connect its drive, or choose the connection again (Tools → Connection…)</source>
        <translation>El archivo de base de datos {path}, recordado para este puesto, no está; no se creó nada en su lugar: conecte su unidad o elija de nuevo la conexión (Herramientas → Conexión…)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/check_texts.py" line="91"/>
        <source>Cannot connect ({detail})</source>
        <translation>No se puede conectar ({detail})</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/check_texts.py" line="92"/>
        <source>Not a RenewDesk database, or a damaged one ({detail})</source>
        <translation>No es una base de datos de RenewDesk, o está dañada ({detail})</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/check_texts.py" line="95"/>
        <source>Version {version}, this program&apos;s</source>
        <translation>Versión {version}, la de este programa</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/check_texts.py" line="96"/>
        <source>Version {version}, older than this program&apos;s {head}: it is brought up to date at the next start</source>
        <translation>Versión {version}, anterior a la de este programa ({head}): se actualizará en el próximo inicio</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/check_texts.py" line="100"/>
        <source>Version {version}, newer than this program&apos;s {head}: update RenewDesk on this workstation</source>
        <translation>Versión {version}, posterior a la de este programa ({head}): actualice RenewDesk en este puesto</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/check_texts.py" line="104"/>
        <source>The database is empty: it is set up at the next start</source>
        <translation>La base de datos está vacía: se preparará en el próximo inicio</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/check_texts.py" line="107"/>
        <source>Usable ({backend})</source>
        <translation>Disponible ({backend})</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/check_texts.py" line="108"/>
        <source>No usable keyring: secrets cannot be kept or read on this computer</source>
        <translation>No hay un almacén de credenciales disponible: no se pueden guardar ni leer secretos en este equipo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/check_texts.py" line="111"/>
        <source>Present, and the database&apos;s key</source>
        <translation>Presente, y es la clave de la base de datos</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/check_texts.py" line="112"/>
        <source>Not made yet: an admin makes it once, in Settings</source>
        <translation>Aún no se ha creado: un administrador la crea una vez, en la configuración</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/check_texts.py" line="115"/>
        <source>Missing on this workstation: an admin puts the database&apos;s key here, in Settings</source>
        <translation>Falta en este puesto: un administrador introduce aquí la clave de la base de datos, en la configuración</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/check_texts.py" line="118"/>
        <source>This workstation&apos;s key is not the database&apos;s: an admin puts the database&apos;s key here, in Settings</source>
        <translation>La clave de este puesto no es la de la base de datos: un administrador introduce aquí la clave de la base de datos, en la configuración</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/check_texts.py" line="123"/>
        <source>{server} answers; nothing was sent</source>
        <translation>{server} responde; no se ha enviado nada</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/check_texts.py" line="124"/>
        <source>{server} did not answer ({detail})</source>
        <translation>{server} no respondió ({detail})</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/check_texts.py" line="125"/>
        <source>{server} answered with an error ({detail})</source>
        <translation>{server} respondió con un error ({detail})</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/check_texts.py" line="128"/>
        <source>No password for the mail server&apos;s user {user} on this workstation</source>
        <translation>No hay contraseña para el usuario {user} del servidor de correo en este puesto</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/check_texts.py" line="131"/>
        <source>E-mail is not set up: {keys} not set; an admin sets them in Settings</source>
        <translation>El correo electrónico no está configurado: {keys} sin definir; un administrador los define en Configuración</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/check_texts.py" line="134"/>
        <source>The sandbox gateway answers</source>
        <translation>La pasarela de pruebas responde</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/check_texts.py" line="135"/>
        <source>The sandbox gateway cannot be reached ({detail})</source>
        <translation>No se puede acceder a la pasarela de pruebas ({detail})</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/check_texts.py" line="138"/>
        <source>{zone}; this computer&apos;s clock agrees with the database server&apos;s</source>
        <translation>{zone}; el reloj de este equipo coincide con el del servidor de la base de datos</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/check_texts.py" line="141"/>
        <source>{zone}; the database is on this computer, with its clock</source>
        <translation>{zone}; la base de datos está en este equipo, con su mismo reloj</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/check_texts.py" line="144"/>
        <source>The time zone {zone} is not known on this computer</source>
        <translation>La zona horaria {zone} no es conocida en este equipo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/check_texts.py" line="147"/>
        <source>The check failed ({detail})</source>
        <translation>La comprobación falló ({detail})</translation>
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
            <numerusform>%n sin comprobar</numerusform>
            <numerusform>%n sin comprobar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/check_texts.py" line="172"/>
        <source>Every check passed</source>
        <translation>Todas las comprobaciones son correctas</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs/check_texts.py" line="165"/>
        <location filename="../desktop/ui/dialogs/check_texts.py" line="169"/>
        <source>%n check(s) did not pass</source>
        <translation>
            <numerusform>%n comprobación no superada</numerusform>
            <numerusform>%n comprobaciones no superadas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <location filename="../desktop/ui/dialogs/connection_form.py" line="207"/>
        <source>kept in the keyring (leave empty to keep it)</source>
        <translation>guardada en el almacén de credenciales (déjela vacía para conservarla)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/connection_dialog.py" line="136"/>
        <location filename="../desktop/ui/dialogs/connection_dialog.py" line="160"/>
        <source>Testing the connection…</source>
        <translation>Probando la conexión…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/connection_dialog.py" line="172"/>
        <source>Keeping the connection…</source>
        <translation>Guardando la conexión…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/connection_texts.py" line="43"/>
        <source>This computer has no usable keyring, so the database password cannot be kept. Start and unlock the system&apos;s keyring (for example GNOME Keyring or KWallet), then try again, or ask the administrator.</source>
        <translation>Este equipo no tiene un almacén de credenciales utilizable, así que no se puede guardar la contraseña de la base de datos. Inicie y desbloquee el almacén de credenciales del sistema (por ejemplo, GNOME Keyring o KWallet) y vuelva a intentarlo, o consulte al administrador.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/connection_dialog.py" line="253"/>
        <source>Where is the data?</source>
        <translation>¿Dónde están los datos?</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/connection_dialog.py" line="253"/>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/connection_texts.py" line="25"/>
        <source>Choose where this computer keeps RenewDesk&apos;s data. Several computers share the data only on the company&apos;s server.</source>
        <translation>Elija dónde guarda este equipo los datos de RenewDesk. Varios equipos solo pueden compartir los datos en el servidor de la empresa.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/connection_texts.py" line="29"/>
        <source>Choose where this computer&apos;s RenewDesk data is. The connection chosen here is remembered.</source>
        <translation>Elija dónde están los datos de RenewDesk de este equipo. La conexión elegida aquí se recuerda.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/connection_texts.py" line="33"/>
        <source>Change where this computer&apos;s RenewDesk data is. RenewDesk restarts to use the new connection.</source>
        <translation>Cambie dónde están los datos de RenewDesk de este equipo. RenewDesk se reinicia para usar la nueva conexión.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/connection_form.py" line="213"/>
        <source>This computer only</source>
        <translation>Solo este equipo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/connection_form.py" line="216"/>
        <source>The database file {path}</source>
        <translation>El archivo de base de datos {path}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/connection_form.py" line="222"/>
        <source>A database file in {folder}</source>
        <translation>Un archivo de base de datos en {folder}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/connection_form.py" line="227"/>
        <source>The company&apos;s server (PostgreSQL)</source>
        <translation>El servidor de la empresa (PostgreSQL)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/connection_form.py" line="229"/>
        <source>Host</source>
        <translation>Servidor (dirección)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/connection_form.py" line="230"/>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/connection_form.py" line="231"/>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/connection_form.py" line="232"/>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/connection_form.py" line="233"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/connection_form.py" line="234"/>
        <source>Encryption (SSL)</source>
        <translation>Cifrado (SSL)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/connection_form.py" line="237"/>
        <source>Workstation name</source>
        <translation>Nombre del puesto</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/connection_form.py" line="239"/>
        <source>Shown in the window&apos;s title and in the audit log. Empty: the computer&apos;s own name.</source>
        <translation>Se muestra en el título de la ventana y en el registro de auditoría. Vacío: el nombre propio del equipo.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/connection_dialog.py" line="256"/>
        <source>Test connection</source>
        <translation>Probar la conexión</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/connection_dialog.py" line="257"/>
        <source>Use this connection</source>
        <translation>Usar esta conexión</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/connection_dialog.py" line="259"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/connection_dialog.py" line="259"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/connection_dialog.py" line="261"/>
        <source>Help</source>
        <translation>Ayuda</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/connection_texts.py" line="52"/>
        <source>The connection could not be remembered: this computer&apos;s RenewDesk settings file cannot be written. Nothing was kept. Free some space or ask the administrator, then try again.</source>
        <translation>No se pudo guardar la conexión: no se puede escribir el archivo de configuración de RenewDesk de este equipo. No se guardó nada. Libere espacio o consulte al administrador y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/connection_texts.py" line="61"/>
        <source>The workstation name remembered on this computer cannot be used: correct it below. The connection is filled in as it was remembered.</source>
        <translation>El nombre del puesto guardado en este equipo no se puede usar: corríjalo abajo. La conexión se ha rellenado tal como se guardó.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/connection_texts.py" line="65"/>
        <source>The connection remembered on this computer could not be read: choose it again.</source>
        <translation>No se ha podido leer la conexión guardada en este equipo: elíjala de nuevo.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/connection_texts.py" line="99"/>
        <source>Connected: a RenewDesk database, ready to use.</source>
        <translation>Conexión correcta: una base de datos de RenewDesk, lista para usar.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/connection_texts.py" line="102"/>
        <source>Connected: the database is empty, RenewDesk will set it up.</source>
        <translation>Conexión correcta: la base de datos está vacía; RenewDesk la preparará.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/connection_texts.py" line="105"/>
        <source>Connected: a RenewDesk database of an older version. It is brought up to date when it is opened.</source>
        <translation>Conexión correcta: una base de datos de una versión anterior de RenewDesk. Se actualizará al abrirla.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/connection_texts.py" line="109"/>
        <source>This database was made by a newer version of RenewDesk: update RenewDesk on this computer first.</source>
        <translation>Esta base de datos la creó una versión más reciente de RenewDesk: actualice primero RenewDesk en este equipo.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/connection_texts.py" line="113"/>
        <source>This is not a RenewDesk database (another program&apos;s, or damaged): it cannot be used.</source>
        <translation>No es una base de datos de RenewDesk (es de otro programa o está dañada): no se puede usar.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/connection_texts.py" line="117"/>
        <source>A database file on a network share can be damaged when several computers use it: put the data on the company&apos;s server instead.</source>
        <translation>Un archivo de base de datos en una carpeta compartida de red puede dañarse si lo usan varios equipos: guarde los datos en el servidor de la empresa.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/connection_texts.py" line="121"/>
        <source>The server does not answer: check the host and the port, and that the server is running.</source>
        <translation>El servidor no responde: compruebe el servidor y el puerto, y que el servidor esté en marcha.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/connection_texts.py" line="125"/>
        <source>The server does not offer encrypted connections: choose another encryption setting or ask the administrator.</source>
        <translation>El servidor no ofrece conexiones cifradas: elija otro ajuste de cifrado o consulte al administrador.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/connection_texts.py" line="129"/>
        <source>The server refused the user or the password.</source>
        <translation>El servidor ha rechazado el usuario o la contraseña.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/connection_texts.py" line="132"/>
        <source>The server has no database of this name: ask for it to be created (empty) first.</source>
        <translation>El servidor no tiene ninguna base de datos con este nombre: pida primero que la creen (vacía).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/connection_texts.py" line="136"/>
        <source>This connection cannot be used.</source>
        <translation>Esta conexión no se puede usar.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/connection_texts.py" line="143"/>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/connection_texts.py" line="144"/>
        <source>When the server offers it</source>
        <translation>Cuando el servidor lo ofrezca</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/connection_texts.py" line="145"/>
        <source>Required</source>
        <translation>Obligatorio</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/connection_texts.py" line="146"/>
        <source>Required, with the server&apos;s certificate checked</source>
        <translation>Obligatorio, comprobando el certificado del servidor</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../desktop/ui/customers/contact_dialog.py" line="85"/>
        <source>New billing contact</source>
        <translation>Nuevo contacto de facturación</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/contact_dialog.py" line="88"/>
        <source>A billing contact of {customer}: the name, company, address and tax ID printed on the documents they are billed by.</source>
        <translation>Un contacto de facturación de {customer}: el nombre, la empresa, la dirección y el NIF que se imprimen en los documentos que se le facturan.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/contact_dialog.py" line="92"/>
        <source>Edit billing contact {ref}</source>
        <translation>Editar el contacto de facturación {ref}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/contact_dialog.py" line="93"/>
        <source>Documents already issued keep the details they were issued with.</source>
        <translation>Los documentos ya emitidos conservan los datos con los que se emitieron.</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <location filename="../desktop/ui/customers/contacts_tab.py" line="44"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/contacts_tab.py" line="45"/>
        <source>Ref</source>
        <translation>Ref.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/contacts_tab.py" line="46"/>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/contacts_tab.py" line="47"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/contacts_tab.py" line="48"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/contacts_tab.py" line="49"/>
        <source>Tax ID</source>
        <translation>NIF / identificación fiscal</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/contacts_tab.py" line="50"/>
        <source>Services billed</source>
        <translation>Servicios facturados</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/contacts_tab.py" line="58"/>
        <source>The contact&apos;s ref, as the commands take it: proforma issue --contact, recurring on --contact</source>
        <translation>La referencia del contacto, tal como la aceptan los comandos: proforma issue --contact, recurring on --contact</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/contacts_tab.py" line="72"/>
        <source>{total} ({active} with auto-renew on)</source>
        <translation>{total} ({active} con renovación automática activada)</translation>
    </message>
</context>
<context>
    <name>ContactsTab</name>
    <message>
        <location filename="../desktop/ui/customers/contacts_tab.py" line="148"/>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/contacts_tab.py" line="151"/>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/contacts_tab.py" line="152"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/contacts_tab.py" line="153"/>
        <source>Remove…</source>
        <translation>Eliminar…</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/customers/contacts_tab.py" line="160"/>
        <source>%n billing contact(s)</source>
        <translation>
            <numerusform>%n contacto de facturación</numerusform>
            <numerusform>%n contactos de facturación</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/contacts_tab.py" line="173"/>
        <source>Choose a customer first</source>
        <translation>Elija primero un cliente</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/contacts_tab.py" line="174"/>
        <source>Choose a contact in the list first</source>
        <translation>Elija primero un contacto de la lista</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/contacts_tab.py" line="176"/>
        <source>Add a billing contact</source>
        <translation>Añadir un contacto de facturación</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/contacts_tab.py" line="177"/>
        <source>Edit the chosen contact</source>
        <translation>Editar el contacto elegido</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/contacts_tab.py" line="178"/>
        <source>Remove the chosen contact</source>
        <translation>Eliminar el contacto elegido</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/contacts_tab.py" line="188"/>
        <source>Billing contact {name} added ({ref}).</source>
        <translation>Se ha añadido el contacto de facturación {name} ({ref}).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/contacts_tab.py" line="199"/>
        <source>Billing contact {name} saved.</source>
        <translation>Se ha guardado el contacto de facturación {name}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/contacts_tab.py" line="213"/>
        <source>the account holder ({name})</source>
        <translation>el titular de la cuenta ({name})</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/customers/contacts_tab.py" line="219"/>
        <source>Billing contact {name} removed; %n service(s) moved to {to}.</source>
        <translation>
            <numerusform>Se ha eliminado el contacto de facturación {name}; %n servicio se ha trasladado a {to}.</numerusform>
            <numerusform>Se ha eliminado el contacto de facturación {name}; %n servicios se han trasladado a {to}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/contacts_tab.py" line="223"/>
        <source>Billing contact {name} removed.</source>
        <translation>Se ha eliminado el contacto de facturación {name}.</translation>
    </message>
</context>
<context>
    <name>CurrencyTotalsModel</name>
    <message numerus="yes">
        <location filename="../desktop/ui/finance/currency_totals.py" line="55"/>
        <source>%n charge(s)</source>
        <translation>
            <numerusform>%n cobro</numerusform>
            <numerusform>%n cobros</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/currency_totals.py" line="85"/>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/currency_totals.py" line="86"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/currency_totals.py" line="87"/>
        <source>At risk</source>
        <translation>En riesgo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/currency_totals.py" line="88"/>
        <source>Safe</source>
        <translation>Sin riesgo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/currency_totals.py" line="89"/>
        <source>Charges</source>
        <translation>Cobros</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <location filename="../desktop/ui/customers/customer_dialog.py" line="102"/>
        <source>Hebrew</source>
        <translation>Hebreo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/customer_dialog.py" line="102"/>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/customer_dialog.py" line="102"/>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/customer_dialog.py" line="106"/>
        <source>New customer</source>
        <translation>Nuevo cliente</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/customer_dialog.py" line="109"/>
        <source>The language is that of the customer&apos;s e-mails and documents; the currency that of their prices.</source>
        <translation>El idioma es el de los correos y documentos del cliente; la moneda, la de sus precios.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/customer_dialog.py" line="112"/>
        <source>Leave empty to get the next free number (C-…)</source>
        <translation>Déjelo vacío para obtener el siguiente número libre (C-…)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/customer_dialog.py" line="114"/>
        <source>Edit customer {ref}</source>
        <translation>Editar el cliente {ref}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/customer_dialog.py" line="115"/>
        <source>Documents already issued keep the details they were issued with.</source>
        <translation>Los documentos ya emitidos conservan los datos con los que se emitieron.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/customer_dialog.py" line="117"/>
        <source>The currency cannot change: the customer has services.</source>
        <translation>La moneda no puede cambiar: el cliente tiene servicios.</translation>
    </message>
</context>
<context>
    <name>DayChart</name>
    <message>
        <location filename="../desktop/ui/finance/day_chart.py" line="169"/>
        <source>Total: {amount}</source>
        <translation>Total: {amount}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/day_chart.py" line="170"/>
        <source>At risk: {amount}</source>
        <translation>En riesgo: {amount}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/day_chart.py" line="171"/>
        <source>Safe: {amount}</source>
        <translation>Sin riesgo: {amount}</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/finance/day_chart.py" line="172"/>
        <source>%n charge(s)</source>
        <translation>
            <numerusform>%n cobro</numerusform>
            <numerusform>%n cobros</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/day_chart.py" line="217"/>
        <source>No charges in this range</source>
        <translation>No hay cobros en este intervalo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/day_chart.py" line="244"/>
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
    <name>DocumentDialog</name>
    <message>
        <location filename="../desktop/ui/documents/document_dialog.py" line="56"/>
        <source>Proforma {number}</source>
        <translation>Proforma {number}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/documents/document_dialog.py" line="59"/>
        <source>Invoice {number}</source>
        <translation>Factura {number}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/documents/document_dialog.py" line="62"/>
        <source>Loading the document…</source>
        <translation>Cargando el documento…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/documents/document_dialog.py" line="67"/>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/documents/document_dialog.py" line="70"/>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/documents/document_dialog.py" line="73"/>
        <source>E-mail to the billing contact</source>
        <translation>Enviar por correo al contacto de facturación</translation>
    </message>
    <message>
        <location filename="../desktop/ui/documents/document_dialog.py" line="122"/>
        <source>To the customer&apos;s e-mail address</source>
        <translation>A la dirección de correo del cliente</translation>
    </message>
    <message>
        <location filename="../desktop/ui/documents/document_dialog.py" line="126"/>
        <source>To {address}, with the PDF attached</source>
        <translation>A {address}, con el PDF adjunto</translation>
    </message>
    <message>
        <location filename="../desktop/ui/documents/document_dialog.py" line="153"/>
        <source>Saved as {file}.</source>
        <translation>Guardado como {file}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/documents/document_dialog.py" line="161"/>
        <source>Sent to the printer.</source>
        <translation>Enviado a la impresora.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/documents/document_dialog.py" line="185"/>
        <source>Queuing the e-mail…</source>
        <translation>Poniendo el correo en cola…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/documents/document_dialog.py" line="199"/>
        <source>E-mail to {address} queued with the PDF attached; the outbox sends it.</source>
        <translation>El correo a {address} está en cola con el PDF adjunto; la bandeja de salida lo enviará.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/documents/document_dialog.py" line="204"/>
        <source>E-mail to the customer queued with the PDF attached; the outbox sends it.</source>
        <translation>El correo al cliente está en cola con el PDF adjunto; la bandeja de salida lo enviará.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/documents/document_dialog.py" line="213"/>
        <source>Its e-mail to {address} is already in the outbox, not queued again: {state}. The outbox tries again by itself; an administrator&apos;s Retry now in Tools &gt; E-mails… tries at once.</source>
        <translation>Su correo a {address} ya está en la bandeja de salida, no se ha puesto otra vez en cola: {state}. La bandeja de salida lo vuelve a intentar sola; «Reintentar ahora» de un administrador en Herramientas &gt; Correos… lo intenta en el acto.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/documents/document_dialog.py" line="220"/>
        <source>Already e-mailed to {address}: {state}. Send it again?</source>
        <translation>Ya se envió por correo a {address}: {state}. ¿Volver a enviarlo?</translation>
    </message>
    <message>
        <location filename="../desktop/ui/documents/document_dialog.py" line="223"/>
        <source>Send again?</source>
        <translation>¿Volver a enviar?</translation>
    </message>
    <message>
        <location filename="../desktop/ui/documents/document_dialog.py" line="227"/>
        <source>Not sent again: it was e-mailed to {address}, {state}.</source>
        <translation>No se ha vuelto a enviar: se envió por correo a {address}, {state}.</translation>
    </message>
</context>
<context>
    <name>DocumentTexts</name>
    <message>
        <location filename="../desktop/ui/customers/document_texts.py" line="16"/>
        <source>open</source>
        <translation>abierta</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/document_texts.py" line="17"/>
        <source>paid</source>
        <translation>pagada</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/document_texts.py" line="18"/>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/document_texts.py" line="19"/>
        <source>expired</source>
        <translation>vencida</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/document_texts.py" line="43"/>
        <source>Bank transfer</source>
        <translation>Transferencia bancaria</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/document_texts.py" line="44"/>
        <source>Cash</source>
        <translation>Efectivo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/document_texts.py" line="45"/>
        <source>Cheque</source>
        <translation>Cheque</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/document_texts.py" line="46"/>
        <source>Card charged now</source>
        <translation>Cobro con tarjeta ahora</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/document_texts.py" line="53"/>
        <source>Already charged automatically: left out</source>
        <translation>Ya cobrado automáticamente: no se incluye</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/document_texts.py" line="56"/>
        <source>The service was deleted: left out</source>
        <translation>El servicio se eliminó: no se incluye</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/document_texts.py" line="59"/>
        <source>Already paid on another proforma: left out</source>
        <translation>Ya pagado con otra proforma: no se incluye</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/document_texts.py" line="68"/>
        <source>Automatic charge</source>
        <translation>Cobro automático</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/document_texts.py" line="69"/>
        <source>Proforma {number}</source>
        <translation>Proforma {number}</translation>
    </message>
</context>
<context>
    <name>DocumentWords</name>
    <message>
        <location filename="../desktop/ui/documents/document_words.py" line="20"/>
        <source>Proforma {number}</source>
        <translation>Proforma {number}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/documents/document_words.py" line="21"/>
        <source>Tax invoice {number}</source>
        <translation>Factura {number}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/documents/document_words.py" line="22"/>
        <source>This proforma is not a tax invoice. A tax invoice is issued when it is paid.</source>
        <translation>Esta proforma no es una factura. La factura se emite cuando se paga.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/documents/document_words.py" line="25"/>
        <source>Customer number</source>
        <translation>Número de cliente</translation>
    </message>
    <message>
        <location filename="../desktop/ui/documents/document_words.py" line="26"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../desktop/ui/documents/document_words.py" line="27"/>
        <source>Valid until</source>
        <translation>Válida hasta</translation>
    </message>
    <message>
        <location filename="../desktop/ui/documents/document_words.py" line="28"/>
        <source>Bill to</source>
        <translation>Facturar a</translation>
    </message>
    <message>
        <location filename="../desktop/ui/documents/document_words.py" line="29"/>
        <source>Tax ID: {tax_id}</source>
        <translation>NIF: {tax_id}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/documents/document_words.py" line="30"/>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <location filename="../desktop/ui/documents/document_words.py" line="31"/>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <location filename="../desktop/ui/documents/document_words.py" line="32"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location filename="../desktop/ui/documents/document_words.py" line="33"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../desktop/ui/documents/document_words.py" line="34"/>
        <source>How to pay</source>
        <translation>Forma de pago</translation>
    </message>
    <message>
        <location filename="../desktop/ui/documents/document_words.py" line="35"/>
        <source>Payment</source>
        <translation>Pago</translation>
    </message>
    <message>
        <location filename="../desktop/ui/documents/document_words.py" line="36"/>
        <source>Paid {amount} on {date} by {method}</source>
        <translation>Pagada el {date}: {amount}, {method}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/documents/document_words.py" line="38"/>
        <source>Total of the proforma</source>
        <translation>Total de la proforma</translation>
    </message>
    <message>
        <location filename="../desktop/ui/documents/document_words.py" line="39"/>
        <source>Not charged (lines left out)</source>
        <translation>No cobrado (líneas no incluidas)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/documents/document_words.py" line="40"/>
        <source>Amount paid</source>
        <translation>Importe pagado</translation>
    </message>
    <message>
        <location filename="../desktop/ui/documents/document_words.py" line="59"/>
        <source>card {card}</source>
        <translation>tarjeta {card}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/documents/document_words.py" line="61"/>
        <source>Not charged: this period was already charged automatically</source>
        <translation>No cobrado: este período ya se cobró automáticamente</translation>
    </message>
    <message>
        <location filename="../desktop/ui/documents/document_words.py" line="64"/>
        <source>Not charged: this period was already paid on another proforma</source>
        <translation>No cobrado: este período ya se pagó con otra proforma</translation>
    </message>
    <message>
        <location filename="../desktop/ui/documents/document_words.py" line="67"/>
        <source>Not charged: the service no longer exists</source>
        <translation>No cobrado: el servicio ya no existe</translation>
    </message>
    <message>
        <location filename="../desktop/ui/documents/document_words.py" line="41"/>
        <source>Reference: {reference}</source>
        <translation>Referencia: {reference}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/documents/document_words.py" line="42"/>
        <source>For proforma {number}</source>
        <translation>Correspondiente a la proforma {number}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/documents/document_words.py" line="43"/>
        <source>Automatic renewal charged to the card on file</source>
        <translation>Renovación automática cobrada a la tarjeta registrada</translation>
    </message>
    <message>
        <location filename="../desktop/ui/documents/document_words.py" line="44"/>
        <source>Domain</source>
        <translation>Dominio</translation>
    </message>
    <message>
        <location filename="../desktop/ui/documents/document_words.py" line="45"/>
        <source>Hosting package</source>
        <translation>Paquete de alojamiento</translation>
    </message>
    <message>
        <location filename="../desktop/ui/documents/document_words.py" line="48"/>
        <source>PAID</source>
        <translation>PAGADA</translation>
    </message>
    <message>
        <location filename="../desktop/ui/documents/document_words.py" line="49"/>
        <source>CANCELLED</source>
        <translation>ANULADA</translation>
    </message>
    <message>
        <location filename="../desktop/ui/documents/document_words.py" line="50"/>
        <source>EXPIRED</source>
        <translation>VENCIDA</translation>
    </message>
    <message>
        <location filename="../desktop/ui/documents/document_words.py" line="53"/>
        <source>bank transfer</source>
        <translation>transferencia bancaria</translation>
    </message>
    <message>
        <location filename="../desktop/ui/documents/document_words.py" line="54"/>
        <source>cash</source>
        <translation>efectivo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/documents/document_words.py" line="55"/>
        <source>cheque</source>
        <translation>cheque</translation>
    </message>
    <message>
        <location filename="../desktop/ui/documents/document_words.py" line="56"/>
        <source>card</source>
        <translation>tarjeta</translation>
    </message>
    <message>
        <location filename="../desktop/ui/documents/document_words.py" line="58"/>
        <source>card ending in {last4}</source>
        <translation>tarjeta terminada en {last4}</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/documents/document_words.py" line="119"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mes</numerusform>
            <numerusform>%n meses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/documents/document_words.py" line="122"/>
        <source>in %n installment(s)</source>
        <translation>
            <numerusform>en %n plazo</numerusform>
            <numerusform>en %n plazos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditCustomerButton</name>
    <message>
        <location filename="../desktop/ui/customers/customer_dialog.py" line="182"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/customer_dialog.py" line="196"/>
        <source>Edit the customer&apos;s name, e-mail, phone, language, currency, address and tax ID</source>
        <translation>Editar el nombre, el correo, el teléfono, el idioma, la moneda, la dirección y el NIF del cliente</translation>
    </message>
</context>
<context>
    <name>EmailsDialog</name>
    <message>
        <location filename="../desktop/ui/mail/emails_dialog.py" line="15"/>
        <source>E-mails</source>
        <translation>Correos</translation>
    </message>
</context>
<context>
    <name>EventsModel</name>
    <message>
        <location filename="../desktop/ui/admin/operations_dialog.py" line="132"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/operations_dialog.py" line="133"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/operations_dialog.py" line="134"/>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/operations_dialog.py" line="135"/>
        <source>Due</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/operations_dialog.py" line="136"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/operations_dialog.py" line="137"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/operations_dialog.py" line="138"/>
        <source>E-mail</source>
        <translation>Correo</translation>
    </message>
</context>
<context>
    <name>ExportJob</name>
    <message>
        <location filename="../desktop/ui/finance/export_job.py" line="29"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/finance/export_job.py" line="31"/>
        <source>Writing %n row(s) to {file}…</source>
        <translation>
            <numerusform>Escribiendo %n fila en {file}…</numerusform>
            <numerusform>Escribiendo %n filas en {file}…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/export_job.py" line="33"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/export_job.py" line="50"/>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
</context>
<context>
    <name>ExportWording</name>
    <message>
        <location filename="../desktop/ui/finance/export_wording.py" line="20"/>
        <source>Customer number</source>
        <translation>Número de cliente</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/export_wording.py" line="21"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/export_wording.py" line="22"/>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/export_wording.py" line="23"/>
        <source>Card brand</source>
        <translation>Marca de la tarjeta</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/export_wording.py" line="24"/>
        <source>Card, last 4 digits</source>
        <translation>Últimos 4 dígitos de la tarjeta</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/export_wording.py" line="25"/>
        <source>Card expiry</source>
        <translation>Caducidad de la tarjeta</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/export_wording.py" line="26"/>
        <source>At risk</source>
        <translation>En riesgo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/export_wording.py" line="27"/>
        <source>Charges</source>
        <translation>Cobros</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/export_wording.py" line="28"/>
        <source>Totals</source>
        <translation>Totales</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/export_wording.py" line="29"/>
        <source>Domain</source>
        <translation>Dominio</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/export_wording.py" line="30"/>
        <source>Hosting</source>
        <translation>Alojamiento</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/export_wording.py" line="31"/>
        <source>Proforma</source>
        <translation>Proforma</translation>
    </message>
</context>
<context>
    <name>FieldDialog</name>
    <message>
        <location filename="../desktop/ui/customers/field_dialog.py" line="138"/>
        <source>As printed on documents; one line each</source>
        <translation>Tal como se imprime en los documentos; una línea cada parte</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/field_dialog.py" line="139"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/field_dialog.py" line="140"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/field_dialog.py" line="145"/>
        <source>Saved meanwhile by someone else: {value}</source>
        <translation>Otra persona guardó mientras tanto: {value}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/field_dialog.py" line="146"/>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/field_dialog.py" line="232"/>
        <source>Someone else changed this meanwhile: it is shown as it is now.</source>
        <translation>Otra persona lo ha modificado mientras tanto: se muestra tal como está ahora.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/field_dialog.py" line="277"/>
        <source>Your changes are kept: check them against what is shown and save again.</source>
        <translation>Sus cambios se conservan: revíselos frente a lo que se muestra y vuelva a guardar.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/field_dialog.py" line="177"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../desktop/ui/field_texts.py" line="15"/>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <location filename="../desktop/ui/field_texts.py" line="16"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../desktop/ui/field_texts.py" line="17"/>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <location filename="../desktop/ui/field_texts.py" line="18"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../desktop/ui/field_texts.py" line="19"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../desktop/ui/field_texts.py" line="20"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../desktop/ui/field_texts.py" line="21"/>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location filename="../desktop/ui/field_texts.py" line="22"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../desktop/ui/field_texts.py" line="23"/>
        <source>Tax ID</source>
        <translation>NIF / identificación fiscal</translation>
    </message>
    <message>
        <location filename="../desktop/ui/field_texts.py" line="24"/>
        <source>Card number</source>
        <translation>Número de tarjeta</translation>
    </message>
    <message>
        <location filename="../desktop/ui/field_texts.py" line="25"/>
        <source>Card holder</source>
        <translation>Titular de la tarjeta</translation>
    </message>
    <message>
        <location filename="../desktop/ui/field_texts.py" line="26"/>
        <source>Expiry</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <location filename="../desktop/ui/field_texts.py" line="27"/>
        <source>Payment date</source>
        <translation>Fecha del pago</translation>
    </message>
    <message>
        <location filename="../desktop/ui/field_texts.py" line="28"/>
        <source>Reference of the payment</source>
        <translation>Referencia del pago</translation>
    </message>
    <message>
        <location filename="../desktop/ui/field_texts.py" line="29"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location filename="../desktop/ui/field_texts.py" line="40"/>
        <source>To continue, fill in correctly: {fields}.</source>
        <translation>Para continuar, complete correctamente: {fields}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/field_texts.py" line="49"/>
        <source>Use letters, digits and . _ : - only.</source>
        <translation>Use solo letras, dígitos y . _ : -</translation>
    </message>
    <message>
        <location filename="../desktop/ui/field_texts.py" line="50"/>
        <source>This is not an e-mail address such as name@example.com.</source>
        <translation>No es una dirección de correo electrónico como nombre@ejemplo.com.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/field_texts.py" line="53"/>
        <source>Use digits, spaces and + ( ) . / - only.</source>
        <translation>Use solo dígitos, espacios y + ( ) . / -</translation>
    </message>
    <message>
        <location filename="../desktop/ui/field_texts.py" line="54"/>
        <source>Type the name on the card, not its number.</source>
        <translation>Escriba el nombre que figura en la tarjeta, no su número.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/field_texts.py" line="55"/>
        <source>Write the expiry as MM/YYYY.</source>
        <translation>Escriba el vencimiento como MM/AAAA.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/field_texts.py" line="56"/>
        <source>This is not an amount.</source>
        <translation>No es un importe.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/field_texts.py" line="57"/>
        <source>This is not a currency code such as ILS, EUR or USD.</source>
        <translation>No es un código de moneda como ILS, EUR o USD.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/field_texts.py" line="60"/>
        <source>Choose Hebrew, Spanish or English.</source>
        <translation>Elija hebreo, español o inglés.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/field_texts.py" line="71"/>
        <source>Fill this in.</source>
        <translation>Rellene este campo.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/field_texts.py" line="72"/>
        <source>Too long: at most {detail} characters.</source>
        <translation>Demasiado largo: como máximo {detail} caracteres.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/field_texts.py" line="73"/>
        <source>Contains an invisible or control character that cannot be kept.</source>
        <translation>Contiene un carácter invisible o de control que no se puede guardar.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/field_texts.py" line="76"/>
        <source>Not written as expected ({detail}).</source>
        <translation>No está escrito como se espera ({detail}).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/field_texts.py" line="77"/>
        <source>Not one of: {detail}.</source>
        <translation>No es uno de estos: {detail}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/field_texts.py" line="78"/>
        <source>This is not a valid card number: a digit is probably mistyped.</source>
        <translation>No es un número de tarjeta válido: probablemente hay un dígito mal escrito.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/field_texts.py" line="81"/>
        <source>This expiry is in the past.</source>
        <translation>Este vencimiento ya ha pasado.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/field_texts.py" line="82"/>
        <source>A payment cannot be dated after today.</source>
        <translation>Un pago no puede tener fecha posterior a hoy.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/field_texts.py" line="83"/>
        <source>A payment cannot be dated before the proforma was issued ({detail}).</source>
        <translation>Un pago no puede tener fecha anterior a la emisión de la proforma ({detail}).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/field_texts.py" line="86"/>
        <source>This holds a card number (ending {detail}). Card numbers are never kept in other fields: add the card on the Cards tab.</source>
        <translation>Contiene un número de tarjeta (terminado en {detail}). Los números de tarjeta nunca se guardan en otros campos: añada la tarjeta en la pestaña Tarjetas.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/field_texts.py" line="90"/>
        <source>The amount must be the amount due: {detail}.</source>
        <translation>El importe debe ser el importe a pagar: {detail}.</translation>
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
        <translation>Fecha de cobro pasada, fuera del margen de gracia</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/reasons.py" line="18"/>
        <source>Auto-renew is on but no renewal was planned</source>
        <translation>La renovación automática está activada, pero no se planificó ninguna renovación</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/reasons.py" line="21"/>
        <source>No price in the price list</source>
        <translation>Sin precio en la lista de precios</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/reasons.py" line="22"/>
        <source>The notice of this charge could not be sent</source>
        <translation>No se pudo enviar el aviso de este cobro</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/reasons.py" line="31"/>
        <source>Needs attention: {reason}</source>
        <translation>Requiere atención: {reason}</translation>
    </message>
</context>
<context>
    <name>FinanceWindow</name>
    <message>
        <location filename="../desktop/ui/finance/finance_window.py" line="58"/>
        <source>RenewDesk finance — {name}</source>
        <translation>Finanzas de RenewDesk — {name}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/export_wording.py" line="60"/>
        <location filename="../desktop/ui/finance/finance_window.py" line="64"/>
        <source>Upcoming charges</source>
        <translation>Próximos cobros</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/export_wording.py" line="61"/>
        <location filename="../desktop/ui/finance/finance_window.py" line="65"/>
        <source>Past results</source>
        <translation>Resultados anteriores</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/export_wording.py" line="62"/>
        <location filename="../desktop/ui/finance/finance_window.py" line="66"/>
        <source>Invoices</source>
        <translation>Facturas</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/finance_window.py" line="80"/>
        <source>Re&amp;fresh</source>
        <translation>Act&amp;ualizar</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/finance_window.py" line="83"/>
        <source>Export &amp;CSV…</source>
        <translation>Exportar &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/finance_window.py" line="85"/>
        <source>Export &amp;XLSX…</source>
        <translation>Exportar &amp;XLSX…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/finance_window.py" line="87"/>
        <source>&amp;Close</source>
        <translation>Ce&amp;rrar</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/finance_window.py" line="90"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/finance_window.py" line="97"/>
        <source>Finance</source>
        <translation>Finanzas</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/finance_window.py" line="167"/>
        <source>An export is under way</source>
        <translation>Hay una exportación en curso</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/finance_window.py" line="169"/>
        <source>This tab shows no rows to export</source>
        <translation>Esta pestaña no muestra filas para exportar</translation>
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
        <translation>Abriendo {service}…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/finance_window.py" line="212"/>
        <source>This service is no longer on the account.</source>
        <translation>Este servicio ya no figura en la cuenta.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/finance_window.py" line="243"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/finance_window.py" line="243"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/finance_window.py" line="273"/>
        <source>Export past results</source>
        <translation>Exportar resultados anteriores</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/finance_window.py" line="292"/>
        <source>Export upcoming charges</source>
        <translation>Exportar los próximos cobros</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/finance_window.py" line="255"/>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/finance_window.py" line="310"/>
        <source>Export invoices</source>
        <translation>Exportar facturas</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/finance/finance_window.py" line="333"/>
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
        <location filename="../desktop/ui/dialogs/sign_in.py" line="355"/>
        <source>Welcome to RenewDesk</source>
        <translation>Le damos la bienvenida a RenewDesk</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/sign_in.py" line="357"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/sign_in.py" line="361"/>
        <source>Load demo data</source>
        <translation>Cargar datos de demostración</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/sign_in.py" line="362"/>
        <source>Import a file…</source>
        <translation>Importar un archivo…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/sign_in.py" line="363"/>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/sign_in.py" line="358"/>
        <source>Admin name</source>
        <translation>Nombre del administrador</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/sign_in.py" line="359"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/sign_in.py" line="360"/>
        <source>Password again</source>
        <translation>Confirmar contraseña</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/sign_in.py" line="356"/>
        <source>The database is empty. Create the first administrator.</source>
        <translation>La base de datos está vacía. Cree el primer administrador.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/sign_in.py" line="364"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/sign_in.py" line="366"/>
        <location filename="../desktop/ui/dialogs/sign_in.py" line="411"/>
        <source>The two passwords differ.</source>
        <translation>Las contraseñas no coinciden.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/sign_in.py" line="377"/>
        <source>Creating the administrator…</source>
        <translation>Creando el administrador…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/sign_in.py" line="378"/>
        <source>Loading the demo data… This takes a moment; the window opens when it is done.</source>
        <translation>Cargando los datos de demostración… Tarda un momento; la ventana se abrirá al terminar.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/sign_in.py" line="379"/>
        <source>Importing the file… The window opens when it is done.</source>
        <translation>Importando el archivo… La ventana se abrirá al terminar.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/sign_in.py" line="465"/>
        <source>The file could not be read: {detail}</source>
        <translation>No se pudo leer el archivo: {detail}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/sign_in.py" line="467"/>
        <location filename="../desktop/ui/dialogs/sign_in.py" line="475"/>
        <source>Import a file</source>
        <translation>Importar un archivo</translation>
    </message>
</context>
<context>
    <name>FollowUpLauncher</name>
    <message>
        <location filename="../desktop/ui/followup/launcher.py" line="49"/>
        <source>&amp;Follow-up</source>
        <translation>&amp;Seguimiento</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/followup/launcher.py" line="51"/>
        <source>&amp;Follow-up (%Ln)</source>
        <translation>
            <numerusform>&amp;Seguimiento (%Ln)</numerusform>
            <numerusform>&amp;Seguimiento (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/followup/launcher.py" line="52"/>
        <source>What needs a person, most urgent first</source>
        <translation>Lo que requiere a una persona, lo más urgente primero</translation>
    </message>
</context>
<context>
    <name>FollowUpModel</name>
    <message numerus="yes">
        <location filename="../desktop/ui/followup/followup_model.py" line="35"/>
        <source>{service} and %n more</source>
        <translation>
            <numerusform>{service} y %n más</numerusform>
            <numerusform>{service} y %n más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/followup/followup_model.py" line="45"/>
        <source>expired %n day(s) ago</source>
        <translation>
            <numerusform>venció hace %n día</numerusform>
            <numerusform>venció hace %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/followup/followup_model.py" line="46"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/followup/followup_model.py" line="89"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location filename="../desktop/ui/followup/followup_model.py" line="90"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../desktop/ui/followup/followup_model.py" line="91"/>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <location filename="../desktop/ui/followup/followup_model.py" line="92"/>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/followup/followup_model.py" line="93"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/followup/followup_model.py" line="94"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location filename="../desktop/ui/followup/followup_model.py" line="95"/>
        <source>Expires in</source>
        <translation>Vence en</translation>
    </message>
</context>
<context>
    <name>FollowUpTexts</name>
    <message>
        <location filename="../desktop/ui/followup/texts.py" line="17"/>
        <source>Auto-renew stopped</source>
        <translation>Renovación automática detenida</translation>
    </message>
    <message>
        <location filename="../desktop/ui/followup/texts.py" line="18"/>
        <source>Charge needs attention</source>
        <translation>Cobro que requiere atención</translation>
    </message>
    <message>
        <location filename="../desktop/ui/followup/texts.py" line="19"/>
        <source>Card expires before the charge</source>
        <translation>La tarjeta vence antes del cobro</translation>
    </message>
    <message>
        <location filename="../desktop/ui/followup/texts.py" line="22"/>
        <source>E-mail given up</source>
        <translation>Correo abandonado</translation>
    </message>
    <message>
        <location filename="../desktop/ui/followup/texts.py" line="23"/>
        <source>Proforma expired</source>
        <translation>Proforma vencida</translation>
    </message>
    <message>
        <location filename="../desktop/ui/followup/texts.py" line="24"/>
        <source>Money received, not applied</source>
        <translation>Dinero recibido, no aplicado</translation>
    </message>
    <message>
        <location filename="../desktop/ui/followup/texts.py" line="27"/>
        <source>Card payment outcome unknown</source>
        <translation>Cobro con tarjeta sin confirmar</translation>
    </message>
    <message>
        <location filename="../desktop/ui/followup/texts.py" line="36"/>
        <source>Replace card…</source>
        <translation>Sustituir la tarjeta…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/followup/texts.py" line="37"/>
        <source>Switch on again…</source>
        <translation>Volver a activar…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/followup/texts.py" line="38"/>
        <source>Send a renew link</source>
        <translation>Enviar un enlace de renovación</translation>
    </message>
    <message>
        <location filename="../desktop/ui/followup/texts.py" line="39"/>
        <source>Send the e-mail again</source>
        <translation>Volver a enviar el correo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/followup/texts.py" line="40"/>
        <source>Record payment…</source>
        <translation>Registrar el pago…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/followup/texts.py" line="41"/>
        <source>Cancel proforma…</source>
        <translation>Cancelar proforma…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/followup/texts.py" line="42"/>
        <source>Refund to the card…</source>
        <translation>Reembolsar a la tarjeta…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/followup/texts.py" line="43"/>
        <source>Ask the gateway</source>
        <translation>Consultar la pasarela de pago</translation>
    </message>
    <message>
        <location filename="../desktop/ui/followup/texts.py" line="55"/>
        <source>The card will not be valid on the charge day</source>
        <translation>La tarjeta no será válida el día del cobro</translation>
    </message>
    <message>
        <location filename="../desktop/ui/followup/texts.py" line="57"/>
        <source>Not delivered: {mail}</source>
        <translation>No entregado: {mail}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/followup/texts.py" line="61"/>
        <source>Proforma {number}: the gateway never said whether card ending {last4} was charged</source>
        <translation>Proforma {number}: la pasarela de pago nunca indicó si se cobró la tarjeta terminada en {last4}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/followup/texts.py" line="66"/>
        <source>Proforma {number}: card ending {last4} charged, its lines renewed otherwise or removed</source>
        <translation>Proforma {number}: tarjeta terminada en {last4} cobrada; sus líneas se renovaron de otra forma o se eliminaron</translation>
    </message>
    <message>
        <location filename="../desktop/ui/followup/texts.py" line="71"/>
        <source>Proforma {number}: every period on it was already paid otherwise</source>
        <translation>Proforma {number}: todos sus períodos ya se pagaron de otro modo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/followup/texts.py" line="74"/>
        <source>Proforma {number} is past its validity</source>
        <translation>La proforma {number} ha superado su validez</translation>
    </message>
</context>
<context>
    <name>FollowUpWindow</name>
    <message>
        <location filename="../desktop/ui/followup/followup_window.py" line="112"/>
        <source>Show more</source>
        <translation>Mostrar más</translation>
    </message>
    <message>
        <location filename="../desktop/ui/followup/followup_window.py" line="113"/>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <location filename="../desktop/ui/followup/followup_window.py" line="116"/>
        <source>Reading the follow-up list…</source>
        <translation>Leyendo la lista de seguimiento…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/followup/followup_window.py" line="170"/>
        <source>Nothing to follow up.</source>
        <translation>No hay nada pendiente de seguimiento.</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/followup/followup_window.py" line="173"/>
        <source>{shown} of %Ln row(s) to follow up, most urgent first.</source>
        <translation>
            <numerusform>{shown} de %Ln elemento de seguimiento, los más urgentes primero.</numerusform>
            <numerusform>{shown} de %Ln elementos de seguimiento, los más urgentes primero.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/followup/followup_window.py" line="177"/>
        <source>%n row(s) to follow up, most urgent first.</source>
        <translation>
            <numerusform>%n elemento de seguimiento, los más urgentes primero.</numerusform>
            <numerusform>%n elementos de seguimiento, los más urgentes primero.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/followup/followup_window.py" line="238"/>
        <source>A renew link for {service} is queued to {address}.</source>
        <translation>Se ha puesto en cola un enlace de renovación de {service} para {address}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/followup/followup_window.py" line="250"/>
        <source>The e-mail is queued again to {address}.</source>
        <translation>El correo se ha puesto de nuevo en cola para {address}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/followup/followup_window.py" line="267"/>
        <source>Cancel proforma</source>
        <translation>Cancelar la proforma</translation>
    </message>
    <message>
        <location filename="../desktop/ui/followup/followup_window.py" line="269"/>
        <source>Every period on proforma {number} was already paid otherwise, so it can no longer be paid. Cancel it?</source>
        <translation>Todos los períodos de la proforma {number} ya se pagaron de otro modo, así que ya no se puede pagar. ¿Cancelarla?</translation>
    </message>
    <message>
        <location filename="../desktop/ui/followup/followup_window.py" line="278"/>
        <source>Proforma {number} is cancelled.</source>
        <translation>La proforma {number} está cancelada.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/followup/followup_window.py" line="289"/>
        <source>Refund to the card</source>
        <translation>Reembolsar a la tarjeta</translation>
    </message>
    <message>
        <location filename="../desktop/ui/followup/followup_window.py" line="291"/>
        <source>The card ending {last4} was charged {amount} for proforma {number}, but nothing on it could take the payment. Give the {amount} back to the card through the gateway?</source>
        <translation>Se cobró {amount} a la tarjeta terminada en {last4} por la proforma {number}, pero nada en ella pudo recibir el pago. ¿Devolver {amount} a la tarjeta a través de la pasarela de pago?</translation>
    </message>
    <message>
        <location filename="../desktop/ui/followup/followup_window.py" line="301"/>
        <source>{amount} was refunded to the card ending {last4}.</source>
        <translation>Se reembolsó {amount} a la tarjeta terminada en {last4}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/followup/followup_window.py" line="316"/>
        <source>The gateway has no charge for proforma {number}: the card was not charged. The proforma can be paid or cancelled.</source>
        <translation>La pasarela de pago no tiene ningún cobro para la proforma {number}: no se cobró la tarjeta. La proforma se puede pagar o cancelar.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/followup/followup_window.py" line="320"/>
        <source>The card was charged: proforma {number} is paid, invoice {invoice}.</source>
        <translation>Se cobró la tarjeta: la proforma {number} está pagada, factura {invoice}.</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../desktop/ui/dialogs/service_history.py" line="79"/>
        <source>When</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/service_history.py" line="79"/>
        <source>What</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/service_history.py" line="79"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
</context>
<context>
    <name>InvoicesModel</name>
    <message>
        <location filename="../desktop/ui/customers/invoices_model.py" line="31"/>
        <source>Invoice</source>
        <translation>Factura</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/invoices_model.py" line="32"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/invoices_model.py" line="33"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/invoices_model.py" line="34"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/invoices_model.py" line="35"/>
        <source>Addressed to</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/invoices_model.py" line="36"/>
        <source>From</source>
        <translation>Origen</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/invoices_model.py" line="37"/>
        <source>Services</source>
        <translation>Servicios</translation>
    </message>
</context>
<context>
    <name>InvoicesPanel</name>
    <message>
        <location filename="../desktop/ui/finance/invoices_panel.py" line="78"/>
        <source>Customer name, customer number or invoice number</source>
        <translation>Nombre del cliente, número de cliente o número de factura</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/invoices_panel.py" line="86"/>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/invoices_panel.py" line="114"/>
        <source>Issued from:</source>
        <translation>Emitidas desde:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/invoices_panel.py" line="116"/>
        <source>to:</source>
        <translation>hasta:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/invoices_panel.py" line="141"/>
        <source>The first day comes after the last day.</source>
        <translation>El primer día es posterior al último.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/invoices_panel.py" line="155"/>
        <source>Loading the invoices…</source>
        <translation>Cargando las facturas…</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/finance/invoices_panel.py" line="170"/>
        <source>%n invoice(s)</source>
        <translation>
            <numerusform>%n factura</numerusform>
            <numerusform>%n facturas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/finance/invoices_panel.py" line="173"/>
        <source>{invoices}; the newest %n are shown, an export writes them all</source>
        <translation>
            <numerusform>{invoices}; se muestra la %n más reciente, la exportación las incluye todas</numerusform>
            <numerusform>{invoices}; se muestran las %n más recientes, la exportación las incluye todas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InvoicesTab</name>
    <message>
        <location filename="../desktop/ui/customers/invoices_tab.py" line="66"/>
        <source>Invoices</source>
        <translation>Facturas</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/invoices_tab.py" line="69"/>
        <source>View, PDF, e-mail…</source>
        <translation>Ver, PDF, correo…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/invoices_tab.py" line="76"/>
        <source>The invoice as it prints: save it as PDF, print it or e-mail it to the billing contact</source>
        <translation>La factura tal como se imprime: guárdela como PDF, imprímala o envíela por correo electrónico al contacto de facturación</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/invoices_tab.py" line="75"/>
        <source>Choose an invoice first</source>
        <translation>Elija primero una factura</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/invoices_tab.py" line="85"/>
        <source>Loading the invoices…</source>
        <translation>Cargando las facturas…</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/customers/invoices_tab.py" line="91"/>
        <source>%n invoice(s)</source>
        <translation>
            <numerusform>%n factura</numerusform>
            <numerusform>%n facturas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/customers/invoices_tab.py" line="93"/>
        <source>{invoices}, the newest %n shown</source>
        <translation>
            <numerusform>{invoices}, se muestra la %n más reciente</numerusform>
            <numerusform>{invoices}, se muestran las %n más recientes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MailActions</name>
    <message>
        <location filename="../desktop/ui/mail/actions.py" line="33"/>
        <source>Retry now</source>
        <translation>Reintentar ahora</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mail/actions.py" line="34"/>
        <source>Send again…</source>
        <translation>Volver a enviar…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mail/actions.py" line="52"/>
        <source>Choose an e-mail first.</source>
        <translation>Elija primero un correo.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mail/actions.py" line="75"/>
        <source>The background checks are sending this e-mail right now; its state follows.</source>
        <translation>Las comprobaciones automáticas están enviando este correo ahora mismo; su estado se mostrará al terminar.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mail/actions.py" line="84"/>
        <source>Send again</source>
        <translation>Volver a enviar</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mail/actions.py" line="85"/>
        <source>Send the {kind} to {address} again, as a new e-mail?</source>
        <translation>¿Volver a enviar el correo «{kind}» a {address} como un correo nuevo?</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mail/actions.py" line="96"/>
        <source>A new e-mail is queued: it goes out at the next run of the checks.</source>
        <translation>Hay un correo nuevo en cola: saldrá en la próxima ejecución de las comprobaciones.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mail/actions.py" line="106"/>
        <source>Working…</source>
        <translation>Procesando…</translation>
    </message>
</context>
<context>
    <name>MailTexts</name>
    <message>
        <location filename="../desktop/ui/mail/texts.py" line="25"/>
        <source>queued</source>
        <translation>en cola</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mail/texts.py" line="26"/>
        <source>sent</source>
        <translation>enviado</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mail/texts.py" line="27"/>
        <source>failing</source>
        <translation>con fallos</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mail/texts.py" line="28"/>
        <source>given up</source>
        <translation>abandonado</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mail/texts.py" line="29"/>
        <source>withdrawn</source>
        <translation>retirado</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mail/texts.py" line="37"/>
        <source>an updated notice replaced its terms</source>
        <translation>un aviso actualizado sustituyó sus condiciones</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mail/texts.py" line="40"/>
        <source>the renewal it announces will not be charged (auto-renew stopped)</source>
        <translation>la renovación que anuncia no se cobrará (la renovación automática se detuvo)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mail/texts.py" line="43"/>
        <source>the proforma was cancelled</source>
        <translation>la proforma se canceló</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mail/texts.py" line="46"/>
        <source>auto-renew was switched on again</source>
        <translation>la renovación automática se volvió a activar</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mail/texts.py" line="55"/>
        <source>pre-charge notice</source>
        <translation>aviso previo al cobro</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mail/texts.py" line="56"/>
        <source>updated pre-charge notice</source>
        <translation>aviso previo al cobro actualizado</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mail/texts.py" line="57"/>
        <source>card check failed</source>
        <translation>verificación de tarjeta fallida</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mail/texts.py" line="58"/>
        <source>charge receipt</source>
        <translation>recibo del cobro</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mail/texts.py" line="59"/>
        <source>charge failed</source>
        <translation>cobro fallido</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mail/texts.py" line="60"/>
        <source>auto-renew switched off</source>
        <translation>renovación automática desactivada</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mail/texts.py" line="61"/>
        <source>renew link</source>
        <translation>enlace de renovación</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mail/texts.py" line="62"/>
        <source>proforma with its PDF</source>
        <translation>proforma con su PDF</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mail/texts.py" line="63"/>
        <source>tax invoice with its PDF</source>
        <translation>factura con su PDF</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mail/texts.py" line="70"/>
        <source>the connection was refused</source>
        <translation>se rechazó la conexión</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mail/texts.py" line="71"/>
        <source>no answer in time</source>
        <translation>no hubo respuesta a tiempo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mail/texts.py" line="72"/>
        <source>no such server name</source>
        <translation>no existe un servidor con ese nombre</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mail/texts.py" line="73"/>
        <source>the network cannot reach it</source>
        <translation>la red no llega hasta él</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mail/texts.py" line="74"/>
        <source>it closed the connection</source>
        <translation>cerró la conexión</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mail/texts.py" line="87"/>
        <source>The mail server {server} did not answer ({detail})</source>
        <translation>El servidor de correo {server} no respondió ({detail})</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mail/texts.py" line="90"/>
        <source>The mail server {server} refused the connection ({detail})</source>
        <translation>El servidor de correo {server} rechazó la conexión ({detail})</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mail/texts.py" line="93"/>
        <source>The mail server refused the recipient&apos;s address ({detail})</source>
        <translation>El servidor de correo rechazó la dirección del destinatario ({detail})</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mail/texts.py" line="96"/>
        <source>The mail server refused the sender&apos;s address ({detail})</source>
        <translation>El servidor de correo rechazó la dirección del remitente ({detail})</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mail/texts.py" line="99"/>
        <source>The mail server refused the message ({detail})</source>
        <translation>El servidor de correo rechazó el mensaje ({detail})</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mail/texts.py" line="102"/>
        <source>The message cannot be sent as it is ({detail})</source>
        <translation>El mensaje no se puede enviar tal como está ({detail})</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mail/texts.py" line="105"/>
        <source>No link-signing key on the workstation that sent it ({detail})</source>
        <translation>El puesto que lo envió no tiene la clave de firma de enlaces ({detail})</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mail/texts.py" line="108"/>
        <source>The keyring of the workstation that sent it could not be read ({detail})</source>
        <translation>No se pudo leer el almacén de credenciales del puesto que lo envió ({detail})</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mail/texts.py" line="111"/>
        <source>Not sent ({detail})</source>
        <translation>No enviado ({detail})</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mail/texts.py" line="119"/>
        <source>nobody has made this database&apos;s key yet</source>
        <translation>todavía nadie ha creado la clave de esta base de datos</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mail/texts.py" line="120"/>
        <source>the key is not in its keyring</source>
        <translation>la clave no está en su almacén de credenciales</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mail/texts.py" line="121"/>
        <source>its key is not this database&apos;s</source>
        <translation>su clave no es la de esta base de datos</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mail/texts.py" line="138"/>
        <source>sent {when}</source>
        <translation>enviado el {when}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mail/texts.py" line="141"/>
        <source>not to be sent: {why}</source>
        <translation>no se enviará: {why}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mail/texts.py" line="145"/>
        <source>queued, not sent yet</source>
        <translation>en cola, aún sin enviar</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mail/texts.py" line="148"/>
        <source>withdrawn, never sent: {why}</source>
        <translation>retirado, nunca se envió: {why}</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/mail/texts.py" line="152"/>
        <source>%n try(ies)</source>
        <translation>
            <numerusform>%n intento</numerusform>
            <numerusform>%n intentos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/mail/texts.py" line="153"/>
        <source>failing: {why} · {tries}, next try {next}</source>
        <translation>con fallos: {why} · {tries}, próximo intento {next}</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/mail/texts.py" line="157"/>
        <source>given up after %n try(ies): {why}</source>
        <translation>
            <numerusform>abandonado tras %n intento: {why}</numerusform>
            <numerusform>abandonado tras %n intentos: {why}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/mail/texts.py" line="162"/>
        <source>Choose the mail server and the sender&apos;s address.</source>
        <translation>Elija el servidor de correo y la dirección del remitente.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mail/texts.py" line="165"/>
        <source>Make the link-signing key of this database.</source>
        <translation>Cree la clave de firma de enlaces de esta base de datos.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mail/texts.py" line="168"/>
        <source>Enter this database&apos;s link-signing key on this workstation.</source>
        <translation>Introduzca en este puesto la clave de firma de enlaces de la base de datos.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mail/texts.py" line="171"/>
        <source>This workstation&apos;s link-signing key is not this database&apos;s: enter the right one.</source>
        <translation>La clave de firma de enlaces de este puesto no es la de esta base de datos: introduzca la correcta.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mail/texts.py" line="174"/>
        <source>This workstation&apos;s keyring cannot be read: set up a keyring.</source>
        <translation>No se puede leer el almacén de credenciales de este puesto: configure uno.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mail/texts.py" line="185"/>
        <source>Only an administrator can retry an e-mail.</source>
        <translation>Solo un administrador puede reintentar un correo.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mail/texts.py" line="186"/>
        <source>Your role may not send e-mails again.</source>
        <translation>Su rol no permite volver a enviar correos.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mail/texts.py" line="188"/>
        <source>This e-mail was withdrawn: {why}.</source>
        <translation>Este correo se retiró: {why}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mail/texts.py" line="192"/>
        <source>What this e-mail says no longer holds: {why}. It is not sent again.</source>
        <translation>Lo que dice este correo ya no es cierto: {why}. No se vuelve a enviar.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mail/texts.py" line="197"/>
        <source>This e-mail was sent: use Send again.</source>
        <translation>Este correo ya se envió: use «Volver a enviar».</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mail/texts.py" line="198"/>
        <source>This e-mail is queued: it goes out at the next run of the checks.</source>
        <translation>Este correo está en cola: saldrá en la próxima ejecución de las comprobaciones.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mail/texts.py" line="202"/>
        <source>This e-mail is still queued: it has not been sent yet.</source>
        <translation>Este correo sigue en cola: aún no se ha enviado.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mail/texts.py" line="205"/>
        <source>This e-mail is still being tried: retry it, or wait until it is sent or given up.</source>
        <translation>Este correo se sigue intentando: reinténtelo o espere a que se envíe o se abandone.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../desktop/ui/main_window.py" line="171"/>
        <source>&amp;Renew</source>
        <translation>&amp;Renovar</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="172"/>
        <source>Renew &amp;All</source>
        <translation>Renovar &amp;todo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="173"/>
        <source>Re&amp;curring</source>
        <translation>Renovación &amp;automática</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="174"/>
        <source>Recurring A&amp;ll</source>
        <translation>Renovación automática de t&amp;odo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="175"/>
        <source>&amp;Switch auto-renew off</source>
        <translation>&amp;Desactivar renovación automática</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="176"/>
        <source>Re&amp;fresh</source>
        <translation>Act&amp;ualizar</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="169"/>
        <source>&amp;Actions</source>
        <translation>A&amp;cciones</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="170"/>
        <source>Actions</source>
        <translation>Acciones</translation>
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
        <translation>&amp;Finanzas</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="166"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="167"/>
        <source>Sign &amp;out / switch user…</source>
        <translation>Cerrar &amp;sesión / cambiar de usuario…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="168"/>
        <source>&amp;Quit</source>
        <translation>Sa&amp;lir</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="177"/>
        <source>&amp;New customer…</source>
        <translation>&amp;Nuevo cliente…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="180"/>
        <location filename="../desktop/ui/main_window.py" line="332"/>
        <source>&amp;Upcoming charges…</source>
        <translation>&amp;Próximos cobros…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="181"/>
        <location filename="../desktop/ui/main_window.py" line="336"/>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="182"/>
        <location filename="../desktop/ui/main_window.py" line="338"/>
        <source>&amp;Background checks…</source>
        <translation>Co&amp;mprobaciones automáticas…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="184"/>
        <location filename="../desktop/ui/main_window.py" line="350"/>
        <source>&amp;Audit log…</source>
        <translation>&amp;Registro de auditoría…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="185"/>
        <location filename="../desktop/ui/main_window.py" line="354"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="186"/>
        <location filename="../desktop/ui/main_window.py" line="357"/>
        <source>S&amp;taff…</source>
        <translation>&amp;Personal…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="187"/>
        <location filename="../desktop/ui/main_window.py" line="360"/>
        <source>&amp;Connection…</source>
        <translation>Co&amp;nexión…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="188"/>
        <location filename="../desktop/ui/main_window.py" line="365"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="189"/>
        <location filename="../desktop/ui/main_window.py" line="367"/>
        <source>&amp;Guide to this window</source>
        <translation>&amp;Guía de esta ventana</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="190"/>
        <location filename="../desktop/ui/main_window.py" line="372"/>
        <source>&amp;About RenewDesk</source>
        <translation>&amp;Acerca de RenewDesk</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="196"/>
        <source>RenewDesk — {name} — {workstation}</source>
        <translation>RenewDesk — {name} — {workstation}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="232"/>
        <source>Tick services first</source>
        <translation>Marque primero los servicios</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="238"/>
        <location filename="../desktop/ui/main_window.py" line="247"/>
        <source>Choose a customer first</source>
        <translation>Elija primero un cliente</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="183"/>
        <location filename="../desktop/ui/main_window.py" line="340"/>
        <source>&amp;E-mails…</source>
        <translation>C&amp;orreos…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="413"/>
        <source>Settings saved.</source>
        <translation>Configuración guardada.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="424"/>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="424"/>
        <source>RenewDesk will restart to use the new connection.</source>
        <translation>RenewDesk se reiniciará para usar la nueva conexión.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="459"/>
        <source>An administrator disabled your account, so you have been signed out.</source>
        <translation>Un administrador ha desactivado su cuenta, por lo que se ha cerrado su sesión.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="550"/>
        <source>Finishing the background checks…</source>
        <translation>Finalizando las comprobaciones automáticas…</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../desktop/ui/messages.py" line="22"/>
        <source>Switched off by staff</source>
        <translation>Desactivada por el personal</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="23"/>
        <source>Stopped: no card</source>
        <translation>Detenida: sin tarjeta</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="24"/>
        <source>Stopped: card expires before the charge</source>
        <translation>Detenida: la tarjeta vence antes del cobro</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="27"/>
        <source>Stopped: card check declined</source>
        <translation>Detenida: tarjeta rechazada</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="28"/>
        <source>Stopped: charge declined</source>
        <translation>Detenida: cobro rechazado</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="29"/>
        <source>Stopped: charge failed</source>
        <translation>Detenida: cobro fallido</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="30"/>
        <source>Stopped: no price</source>
        <translation>Detenida: sin precio</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="31"/>
        <source>Stopped: card removed</source>
        <translation>Detenida: tarjeta eliminada</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="34"/>
        <source>Off</source>
        <translation>Desactivada</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="40"/>
        <source>The card expires before the charge date: the charge will fail, the service may be suspended and reactivation may cost extra</source>
        <translation>La tarjeta vence antes de la fecha de cobro: el cobro fallará, el servicio podría suspenderse y la reactivación podría implicar un cargo adicional</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="44"/>
        <source>The card was refused by the gateway</source>
        <translation>La pasarela de pago rechazó la tarjeta</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="45"/>
        <source>No card is set for automatic renewal</source>
        <translation>No hay ninguna tarjeta asignada a la renovación automática</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="46"/>
        <source>The card holder matches neither the billing contact&apos;s name nor its company</source>
        <translation>El titular de la tarjeta no coincide ni con el nombre del contacto de facturación ni con su empresa</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="49"/>
        <source>The charge date has passed</source>
        <translation>La fecha de cobro ya pasó</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="50"/>
        <source>The price list has no price for this renewal</source>
        <translation>La lista de precios no tiene precio para esta renovación</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="51"/>
        <source>The due checks left this charge to staff: it will not be made until someone acts</source>
        <translation>Las comprobaciones automáticas dejaron este cobro en manos del personal: no se hará hasta que alguien lo gestione</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="60"/>
        <source>Card expires first</source>
        <translation>La tarjeta vence antes</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="61"/>
        <source>Card refused</source>
        <translation>Tarjeta rechazada</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="62"/>
        <source>No card</source>
        <translation>Sin tarjeta</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="63"/>
        <source>Holder is not the contact</source>
        <translation>El titular no es el contacto</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="64"/>
        <source>Charge date passed</source>
        <translation>Fecha de cobro vencida</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="65"/>
        <source>No price</source>
        <translation>Sin precio</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="66"/>
        <source>Needs attention</source>
        <translation>Requiere atención</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="73"/>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="74"/>
        <source>Renewal cycle</source>
        <translation>Ciclo de renovación</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="75"/>
        <source>Charge</source>
        <translation>Cobro</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="76"/>
        <source>E-mail</source>
        <translation>Correo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="77"/>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="84"/>
        <source>purchase</source>
        <translation>compra</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="85"/>
        <source>manual renewal</source>
        <translation>renovación manual</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="86"/>
        <source>automatic renewal</source>
        <translation>renovación automática</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="87"/>
        <source>waiting for its check</source>
        <translation>pendiente de verificación</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="88"/>
        <source>card checked, notice sent</source>
        <translation>tarjeta verificada, aviso enviado</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="89"/>
        <source>charging</source>
        <translation>cobro en curso</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="90"/>
        <source>charged</source>
        <translation>cobrado</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="91"/>
        <source>charge failed</source>
        <translation>cobro fallido</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="92"/>
        <source>stopped at the card check</source>
        <translation>detenida en la verificación de la tarjeta</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="93"/>
        <source>needs attention</source>
        <translation>requiere atención</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="94"/>
        <source>no longer due</source>
        <translation>ya no procede</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="95"/>
        <source>waiting</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="96"/>
        <source>outcome unknown</source>
        <translation>resultado desconocido</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="97"/>
        <source>succeeded</source>
        <translation>realizado</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="98"/>
        <source>declined</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="99"/>
        <source>not sent to the gateway</source>
        <translation>no enviado a la pasarela de pago</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="100"/>
        <source>money received, not applied</source>
        <translation>dinero recibido, no aplicado</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="101"/>
        <source>refunded</source>
        <translation>reembolsado</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="102"/>
        <source>pre-charge notice</source>
        <translation>aviso previo al cobro</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="103"/>
        <source>card check failed</source>
        <translation>verificación de tarjeta fallida</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="104"/>
        <source>charge receipt</source>
        <translation>recibo del cobro</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="105"/>
        <source>charge failed, auto-renew stopped</source>
        <translation>cobro fallido, renovación automática detenida</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="106"/>
        <location filename="../desktop/ui/messages.py" line="110"/>
        <source>auto-renew switched off</source>
        <translation>renovación automática desactivada</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="107"/>
        <source>proforma with its PDF</source>
        <translation>proforma con su PDF</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="108"/>
        <source>tax invoice with its PDF</source>
        <translation>factura con su PDF</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="109"/>
        <source>auto-renew switched on</source>
        <translation>renovación automática activada</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="111"/>
        <source>auto-renew settings changed</source>
        <translation>configuración de renovación automática modificada</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="112"/>
        <source>auto-renew stopped</source>
        <translation>renovación automática detenida</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="113"/>
        <source>card replaced</source>
        <translation>tarjeta sustituida</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="120"/>
        <source>Recurring payment needs a saved, valid card on the account</source>
        <translation>La renovación automática requiere una tarjeta válida guardada en la cuenta</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="123"/>
        <source>Recurring payment needs at least one order on the account</source>
        <translation>La renovación automática requiere al menos un pedido en la cuenta</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="126"/>
        <source>The account has no service to renew</source>
        <translation>La cuenta no tiene servicios que renovar</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="134"/>
        <source>Something went wrong: {detail}</source>
        <translation>Se produjo un error: {detail}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="240"/>
        <source>the gateway does not accept this number</source>
        <translation>la pasarela de pago no acepta este número</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="241"/>
        <source>its charge was declined</source>
        <translation>su cobro fue rechazado</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="243"/>
        <source>its card check was declined</source>
        <translation>se rechazó la verificación de la tarjeta</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="244"/>
        <source>it was saved wrongly and must be typed again</source>
        <translation>se guardó de forma incorrecta y debe introducirse de nuevo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="127"/>
        <location filename="../desktop/ui/messages.py" line="138"/>
        <source>Your role may not do this.</source>
        <translation>Su rol no tiene permiso para esta acción.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="139"/>
        <source>The name or the password is wrong.</source>
        <translation>El nombre o la contraseña no son correctos.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="140"/>
        <source>Too many failed attempts: this account is locked for 15 minutes.</source>
        <translation>Demasiados intentos fallidos: esta cuenta queda bloqueada durante 15 minutos.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="143"/>
        <source>Choose the card to charge.</source>
        <translation>Elija la tarjeta para el cobro.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="144"/>
        <source>Confirm that the card holder may pay for this billing contact.</source>
        <translation>Confirme que el titular de la tarjeta puede pagar por este contacto de facturación.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="147"/>
        <source>The card was refused ({reason}). Nothing was changed.</source>
        <translation>La tarjeta fue rechazada ({reason}). No se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="150"/>
        <source>Recurring payment is not available for this account.</source>
        <translation>La renovación automática no está disponible para esta cuenta.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="153"/>
        <source>The payment gateway did not answer. Nothing was changed; try again.</source>
        <translation>La pasarela de pago no respondió. No se ha cambiado nada; vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="156"/>
        <source>Tick at least one service.</source>
        <translation>Marque al menos un servicio.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="157"/>
        <source>The price list has no price for: {services}</source>
        <translation>La lista de precios no tiene precio para: {services}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="158"/>
        <source>The period must be 3, 12, 24 or 36 months.</source>
        <translation>El período debe ser de 3, 12, 24 o 36 meses.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="161"/>
        <source>At most {most} installments are allowed for this period.</source>
        <translation>Para este período se permiten como máximo {most} cuotas.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="164"/>
        <source>A domain renews for its last period in one payment.</source>
        <translation>Un dominio se renueva por su último período en un solo pago.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="167"/>
        <source>The password must have at least {minimum} characters.</source>
        <translation>La contraseña debe tener al menos {minimum} caracteres.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="170"/>
        <source>This name is taken.</source>
        <translation>Este nombre ya está en uso.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="171"/>
        <source>This name cannot be used.</source>
        <translation>Este nombre no se puede usar.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="177"/>
        <source>This is not the link-signing key of this database. Nothing was kept.</source>
        <translation>Esta no es la clave de firma de enlaces de esta base de datos. No se ha guardado nada.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="180"/>
        <source>A link-signing key needs at least {minimum} characters.</source>
        <translation>Una clave de firma de enlaces necesita al menos {minimum} caracteres.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="204"/>
        <source>A field was refused. Nothing was changed.</source>
        <translation>Se ha rechazado un campo. No se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="211"/>
        <source>Refused: {code}</source>
        <translation>Rechazado: {code}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="238"/>
        <source>the card has expired</source>
        <translation>la tarjeta está vencida</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="239"/>
        <source>the card issuer declined it</source>
        <translation>el emisor de la tarjeta la rechazó</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="172"/>
        <source>This database has customers but no staff. Create its first admin on the command line: renewdesk staff add NAME --role admin</source>
        <translation>Esta base de datos tiene clientes pero no tiene personal. Cree su primer administrador en la línea de comandos: renewdesk staff add NAME --role admin</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="183"/>
        <source>This database already has its link-signing key.</source>
        <translation>Esta base de datos ya tiene su clave de firma de enlaces.</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/messages.py" line="208"/>
        <source>The file was refused (%n problem(s)). Nothing was changed.</source>
        <translation>
            <numerusform>El archivo fue rechazado (%n problema). No se ha cambiado nada.</numerusform>
            <numerusform>El archivo fue rechazado (%n problemas). No se ha cambiado nada.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="35"/>
        <source>The first day ({first}) comes after the last day ({last}). Swap them or change one.</source>
        <translation>El primer día ({first}) es posterior al último día ({last}). Intercámbielos o cambie uno de ellos.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/audit_texts.py" line="38"/>
        <source>A page of the audit log holds from 1 to {most} entries.</source>
        <translation>Una página del registro de auditoría contiene entre 1 y {most} entradas.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="14"/>
        <source>Some settings are wrong ({keys}). Nothing was saved.</source>
        <translation>Algunos parámetros no son válidos ({keys}). No se ha guardado nada.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="17"/>
        <source>The value of {key} is wrong: {problem}</source>
        <translation>El valor de {key} no es válido: {problem}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="18"/>
        <source>There is no setting {key}.</source>
        <translation>No existe el parámetro {key}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="19"/>
        <source>There is no secret {key}.</source>
        <translation>No existe el secreto {key}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="20"/>
        <source>The secret {key} cannot be empty.</source>
        <translation>El secreto {key} no puede estar vacío.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="21"/>
        <source>This workstation has no usable keyring, so passwords and keys can be neither kept nor read. {detail}</source>
        <translation>Este puesto no dispone de un almacén de credenciales utilizable, por lo que no se pueden guardar ni leer contraseñas ni claves. {detail}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="25"/>
        <source>This is not an e-mail address: {address}</source>
        <translation>Esto no es una dirección de correo electrónico: {address}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="26"/>
        <source>The test e-mail could not be sent: {detail}</source>
        <translation>No se pudo enviar el correo electrónico de prueba: {detail}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_texts.py" line="13"/>
        <source>This staff member no longer exists.</source>
        <translation>Este empleado ya no existe.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_texts.py" line="14"/>
        <source>{name} is the last active administrator. Make another member an administrator first.</source>
        <translation>{name} es el último administrador activo. Asigne primero el rol de administrador a otro empleado.</translation>
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
        <source>Files of type {format} cannot be written; choose one of: {known}.</source>
        <translation>No se pueden escribir archivos de tipo {format}; elija uno de estos: {known}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/refusal_texts.py" line="16"/>
        <source>This card is no longer on the account. Nothing was changed.</source>
        <translation>Esta tarjeta ya no está en la cuenta. No se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/refusal_texts.py" line="19"/>
        <source>This billing contact is no longer on the account. Nothing was changed.</source>
        <translation>Este contacto de facturación ya no está en la cuenta. No se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/refusal_texts.py" line="22"/>
        <source>Some of these services are no longer on the account. Nothing was changed.</source>
        <translation>Algunos de estos servicios ya no están en la cuenta. No se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/refusal_texts.py" line="25"/>
        <source>This service no longer exists. Nothing was changed.</source>
        <translation>Este servicio ya no existe. No se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/refusal_texts.py" line="28"/>
        <source>{services}: changed meanwhile by someone else. Nothing was saved; it is shown again as it is now.</source>
        <translation>Otra persona ha modificado {services} mientras tanto. No se ha guardado nada; se muestra de nuevo tal como está ahora.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/refusal_texts.py" line="32"/>
        <source>This customer no longer exists. Nothing was changed.</source>
        <translation>Este cliente ya no existe. No se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/refusal_texts.py" line="35"/>
        <source>There is no customer with the reference {ref}.</source>
        <translation>No hay ningún cliente con el número {ref}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/refusal_texts.py" line="38"/>
        <source>The customer {customer} has no service named {names}.</source>
        <translation>El cliente {customer} no tiene ningún servicio llamado {names}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/refusal_texts.py" line="41"/>
        <source>The customer {customer} has no card with the reference {ref}.</source>
        <translation>El cliente {customer} no tiene ninguna tarjeta con la referencia {ref}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/refusal_texts.py" line="44"/>
        <source>The customer {customer} has no billing contact with the reference {ref}.</source>
        <translation>El cliente {customer} no tiene ningún contacto de facturación con la referencia {ref}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/refusal_texts.py" line="47"/>
        <source>The search text is too long: at most {most} characters are searched.</source>
        <translation>El texto de búsqueda es demasiado largo: se buscan como máximo {most} caracteres.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/refusal_texts.py" line="50"/>
        <location filename="../desktop/ui/refusal_texts.py" line="51"/>
        <source>Choose a number from 1 to {most}.</source>
        <translation>Elija un número del 1 al {most}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/refusal_texts.py" line="52"/>
        <source>{path} is a folder: choose a file name. Nothing was written.</source>
        <translation>{path} es una carpeta: elija un nombre de archivo. No se ha escrito nada.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/refusal_texts.py" line="55"/>
        <source>Another workstation added the same data meanwhile. Nothing was imported; try again.</source>
        <translation>Otro puesto añadió los mismos datos mientras tanto. No se ha importado nada; vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/refusal_texts.py" line="58"/>
        <source>This e-mail is no longer in the outbox.</source>
        <translation>Este correo ya no está en la bandeja de salida.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/refusal_texts.py" line="61"/>
        <source>Only an e-mail that is failing or was given up can be tried again. Nothing was changed.</source>
        <translation>Solo se puede reintentar un correo con fallos o abandonado. No se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/refusal_texts.py" line="65"/>
        <source>Only an e-mail that was sent or given up can be sent again. Nothing was changed.</source>
        <translation>Solo se puede volver a enviar un correo enviado o abandonado. No se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/refusal_texts.py" line="73"/>
        <source>This database already has its first admin.</source>
        <translation>Esta base de datos ya tiene su primer administrador.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/refusal_texts.py" line="79"/>
        <source>This database has no staff yet. Create its first admin on the command line: renewdesk staff add NAME --role admin</source>
        <translation>Esta base de datos aún no tiene personal. Cree su primer administrador en la línea de comandos: renewdesk staff add NAME --role admin</translation>
    </message>
    <message>
        <location filename="../desktop/ui/refusal_texts.py" line="84"/>
        <source>The login {login} is not linked to a staff member. An admin links it on the command line: renewdesk staff link NAME --os-user {login}</source>
        <translation>El usuario del sistema {login} no está vinculado a ningún empleado. Un administrador puede vincularlo en la línea de comandos: renewdesk staff link NAME --os-user {login}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/refusal_texts.py" line="95"/>
        <source>The login {login} is already linked to {name}.</source>
        <translation>El usuario del sistema {login} ya está vinculado a {name}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/refusal_texts.py" line="101"/>
        <source>This connection cannot be used: {detail}. Nothing was remembered.</source>
        <translation>Esta conexión no se puede usar: {detail}. No se guardó nada.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/refusal_texts.py" line="104"/>
        <source>This cannot be the workstation&apos;s name: {problem}. Nothing was remembered.</source>
        <translation>Este no puede ser el nombre del puesto de trabajo: {problem}. No se guardó nada.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/refusal_texts.py" line="107"/>
        <source>The connection could not be remembered: {detail}.</source>
        <translation>No se pudo guardar la conexión: {detail}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/refusal_texts.py" line="76"/>
        <source>This database has no staff yet: its first member must be an admin.</source>
        <translation>Esta base de datos aún no tiene personal: su primer miembro debe ser administrador.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/refusal_texts.py" line="68"/>
        <source>What this e-mail says no longer holds, so it is not sent again (Tools → E-mails… says why). Nothing was changed.</source>
        <translation>Lo que dice este correo ya no es cierto, así que no se vuelve a enviar (Herramientas → Correos… indica el motivo). No se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/refusal_texts.py" line="89"/>
        <source>The login {login} belongs to {name}, who is disabled.</source>
        <translation>El usuario del sistema {login} pertenece a {name}, que está desactivado.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/refusal_texts.py" line="92"/>
        <source>This is not a login name: no spaces or control characters, at most 120 characters.</source>
        <translation>Esto no es un nombre de usuario del sistema: sin espacios ni caracteres de control, como máximo 120 caracteres.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/refusal_texts.py" line="98"/>
        <source>There is no staff member named {name}.</source>
        <translation>No hay ningún empleado llamado {name}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/refusal_texts.py" line="116"/>
        <source>it is empty</source>
        <translation>está vacío</translation>
    </message>
    <message>
        <location filename="../desktop/ui/refusal_texts.py" line="117"/>
        <source>it starts or ends with spaces</source>
        <translation>empieza o termina con espacios</translation>
    </message>
    <message>
        <location filename="../desktop/ui/refusal_texts.py" line="118"/>
        <source>it is longer than {most} characters</source>
        <translation>tiene más de {most} caracteres</translation>
    </message>
    <message>
        <location filename="../desktop/ui/refusal_texts.py" line="121"/>
        <source>it contains a colon (:)</source>
        <translation>contiene dos puntos (:)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/refusal_texts.py" line="122"/>
        <source>it contains an invisible character ({character})</source>
        <translation>contiene un carácter invisible ({character})</translation>
    </message>
    <message>
        <location filename="../desktop/ui/desk_texts.py" line="12"/>
        <source>A customer with the reference {ref} already exists. Nothing was changed.</source>
        <translation>Ya existe un cliente con la referencia {ref}. No se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/desk_texts.py" line="15"/>
        <source>The currency cannot change: the customer has services. Nothing was changed.</source>
        <translation>La moneda no puede cambiar: el cliente tiene servicios. No se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/desk_texts.py" line="18"/>
        <source>This billing contact is used by the auto-renew of {services}: move them to another contact first. Nothing was changed.</source>
        <translation>Este contacto de facturación se usa en la renovación automática de {services}: páselos primero a otro contacto. No se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/desk_texts.py" line="22"/>
        <source>The card ending {last4} is used by the auto-renew of {services}: move them to another card or stop their auto-renew. Nothing was changed.</source>
        <translation>La tarjeta terminada en {last4} se usa en la renovación automática de {services}: páselos a otra tarjeta o desactive su renovación automática. No se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/desk_texts.py" line="26"/>
        <source>The card to move the services to is no longer on the account. Nothing was changed.</source>
        <translation>La tarjeta a la que iban a pasar los servicios ya no está en la cuenta. No se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/desk_texts.py" line="30"/>
        <source>The billing contact to move the services to is no longer on the account. Nothing was changed.</source>
        <translation>El contacto de facturación al que iban a pasar los servicios ya no está en la cuenta. No se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/desk_texts.py" line="34"/>
        <source>The services would move to that same card: choose another card. Nothing was changed.</source>
        <translation>Los servicios pasarían a esa misma tarjeta: elija otra tarjeta. No se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/desk_texts.py" line="37"/>
        <source>There is no proforma {number}. Nothing was changed.</source>
        <translation>No existe la proforma {number}. No se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/desk_texts.py" line="40"/>
        <source>Proforma {number} is no longer open: only an open proforma can be paid or cancelled.</source>
        <translation>La proforma {number} ya no está abierta: solo una proforma abierta se puede pagar o anular.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/desk_texts.py" line="43"/>
        <source>The card ending {last4} was declined. The proforma stays open; nothing was recorded.</source>
        <translation>La tarjeta terminada en {last4} fue rechazada. La proforma sigue abierta; no se ha registrado nada.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/desk_texts.py" line="51"/>
        <source>The card ending {last4} was saved on the account, but the payment gateway did not answer: the card was not charged and the proforma stays open. Charge the saved card again in a moment.</source>
        <translation>La tarjeta terminada en {last4} se guardó en la cuenta, pero la pasarela de pago no respondió: no se cobró la tarjeta y la proforma sigue abierta. Vuelva a cobrar la tarjeta guardada dentro de un momento.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/desk_texts.py" line="59"/>
        <source>The card ending {last4} was charged {amount}, but proforma {number} can no longer take it: its lines were renewed otherwise or removed meanwhile. Nothing was renewed. The money is listed in Follow-up as received and not applied, to be refunded from there.</source>
        <translation>Se cobró {amount} a la tarjeta terminada en {last4}, pero la proforma {number} ya no puede recibirlo: sus líneas se renovaron de otra forma o se eliminaron entretanto. No se ha renovado nada. El dinero figura en Seguimiento como recibido y no aplicado; reembólselo desde allí.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/desk_texts.py" line="63"/>
        <source>Proforma {number} has no card charge whose outcome is unknown. Nothing was asked of the gateway.</source>
        <translation>La proforma {number} no tiene ningún cobro con tarjeta de resultado desconocido. No se ha consultado la pasarela de pago.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/desk_texts.py" line="67"/>
        <source>Proforma {number} has no card charge received and not applied. Nothing was refunded.</source>
        <translation>La proforma {number} no tiene ningún cobro con tarjeta recibido y no aplicado. No se ha reembolsado nada.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/desk_texts.py" line="70"/>
        <source>The gateway did not say whether the charge on the card ending {last4} was refunded. Nothing was recorded; refund again: the refund is never made twice.</source>
        <translation>La pasarela de pago no indicó si se reembolsó el cobro de la tarjeta terminada en {last4}. No se ha registrado nada; reembolse de nuevo: el reembolso nunca se hace dos veces.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/desk_texts.py" line="74"/>
        <source>Every line of proforma {number} is already paid (charged automatically or on another proforma) or its service was deleted: there is nothing to pay for.</source>
        <translation>Todas las líneas de la proforma {number} ya están pagadas (cobradas automáticamente o en otra proforma) o su servicio se ha eliminado: no hay nada que pagar.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/desk_texts.py" line="78"/>
        <source>A card payment of proforma {number} is under way (card ending {last4}): wait a moment and look again. Nothing was recorded.</source>
        <translation>Hay un pago con tarjeta de la proforma {number} en curso (tarjeta terminada en {last4}): espere un momento y vuelva a mirar. No se ha registrado nada.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/desk_texts.py" line="82"/>
        <source>{services} already on open proforma {numbers}: cancel it first or record its payment. Nothing was issued.</source>
        <translation>{services} ya figura en la proforma abierta {numbers}: anúlela primero o registre su pago. No se ha emitido nada.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/desk_texts.py" line="86"/>
        <source>A charge or a card check of {services} is under way, or its outcome is not known yet. Auto-renew was not switched off and nothing was changed: try again in a moment.</source>
        <translation>Hay un cobro o una comprobación de tarjeta de {services} en curso, o aún no se conoce su resultado. La renovación automática no se ha desactivado y no se ha cambiado nada: inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/desk_texts.py" line="101"/>
        <source>The e-mail of {number} to {address} is already in the outbox and not sent yet. Nothing was queued again.</source>
        <translation>El correo de {number} a {address} ya está en la bandeja de salida y aún no se ha enviado. No se ha puesto otro en cola.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/desk_texts.py" line="105"/>
        <source>{number} was already e-mailed to {address}. Nothing was queued again.</source>
        <translation>{number} ya se envió por correo a {address}. No se ha puesto otro en cola.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/desk_texts.py" line="117"/>
        <source>Proforma {number} is already paid by the card ending {last4} (invoice {invoice}): only an open proforma can be paid or cancelled.</source>
        <translation>La proforma {number} ya está pagada con la tarjeta terminada en {last4} (factura {invoice}): solo una proforma abierta se puede pagar o anular.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/desk_texts.py" line="122"/>
        <source>Proforma {number} is already paid by bank transfer (invoice {invoice}): only an open proforma can be paid or cancelled.</source>
        <translation>La proforma {number} ya está pagada por transferencia bancaria (factura {invoice}): solo una proforma abierta se puede pagar o anular.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/desk_texts.py" line="126"/>
        <source>Proforma {number} is already paid in cash (invoice {invoice}): only an open proforma can be paid or cancelled.</source>
        <translation>La proforma {number} ya está pagada en efectivo (factura {invoice}): solo una proforma abierta se puede pagar o anular.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/desk_texts.py" line="130"/>
        <source>Proforma {number} is already paid by cheque (invoice {invoice}): only an open proforma can be paid or cancelled.</source>
        <translation>La proforma {number} ya está pagada con cheque (factura {invoice}): solo una proforma abierta se puede pagar o anular.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/desk_texts.py" line="137"/>
        <source>Proforma {number} is already paid (invoice {invoice}): only an open proforma can be paid or cancelled.</source>
        <translation>La proforma {number} ya está pagada (factura {invoice}): solo una proforma abierta se puede pagar o anular.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/desk_texts.py" line="90"/>
        <source>The automatic charge of {services} for the same period is under way and its outcome is not known yet. Nothing was recorded: try again after the next background check.</source>
        <translation>El cobro automático de {services} por el mismo período está en curso y aún no se conoce su resultado. No se ha registrado nada: vuelva a intentarlo después de las próximas comprobaciones automáticas.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/desk_texts.py" line="47"/>
        <source>The card ending {last4} was saved on the account, but its charge was declined: the card is kept, marked not valid. The proforma stays open; nothing was paid.</source>
        <translation>La tarjeta terminada en {last4} se guardó en la cuenta, pero su cobro fue rechazado: la tarjeta se conserva marcada como no válida. La proforma sigue abierta; no se ha pagado nada.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/desk_texts.py" line="55"/>
        <source>The gateway did not say whether the card ending {last4} was charged. The charge is kept as unknown and listed in Follow-up: ask the gateway from there, or pay again with the card; it is never charged twice.</source>
        <translation>La pasarela de pago no indicó si se cobró la tarjeta terminada en {last4}. El cobro queda como desconocido y figura en Seguimiento: consulte a la pasarela desde allí o vuelva a pagar con la tarjeta; nunca se cobra dos veces.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/desk_texts.py" line="94"/>
        <source>These options do not go together ({detail}). Nothing was changed.</source>
        <translation>Estas opciones no van juntas ({detail}). No se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/desk_texts.py" line="97"/>
        <source>There is no invoice {number}.</source>
        <translation>No existe la factura {number}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/desk_texts.py" line="98"/>
        <source>{name} has no e-mail address to send the document to. Nothing was queued.</source>
        <translation>{name} no tiene dirección de correo electrónico a la que enviar el documento. No se ha puesto nada en cola.</translation>
    </message>
</context>
<context>
    <name>OperationsDialog</name>
    <message>
        <location filename="../desktop/ui/admin/operations_dialog.py" line="164"/>
        <source>Background checks</source>
        <translation>Comprobaciones automáticas</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/operations_dialog.py" line="192"/>
        <source>Run now</source>
        <translation>Ejecutar ahora</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/operations_dialog.py" line="190"/>
        <source>Runs</source>
        <translation>Ejecuciones</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/operations_dialog.py" line="191"/>
        <source>E-mails</source>
        <translation>Correos</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/operations_dialog.py" line="198"/>
        <source>The checks do not run in this window.</source>
        <translation>Las comprobaciones no se ejecutan en esta ventana.</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/admin/operations_dialog.py" line="225"/>
        <source>%n run(s), newest first.</source>
        <translation>
            <numerusform>%n ejecución, de la más reciente a la más antigua.</numerusform>
            <numerusform>%n ejecuciones, de la más reciente a la más antigua.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/operations_dialog.py" line="262"/>
        <source>The checks start now; this list refreshes when they end.</source>
        <translation>Las comprobaciones comienzan ahora; esta lista se actualizará cuando terminen.</translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <location filename="../desktop/ui/mail/outbox_view.py" line="66"/>
        <source>Queued at</source>
        <translation>En cola desde</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mail/outbox_view.py" line="67"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mail/outbox_view.py" line="68"/>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mail/outbox_view.py" line="69"/>
        <source>E-mail</source>
        <translation>Correo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mail/outbox_view.py" line="70"/>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mail/outbox_view.py" line="71"/>
        <source>Delivery</source>
        <translation>Entrega</translation>
    </message>
</context>
<context>
    <name>OutboxView</name>
    <message>
        <location filename="../desktop/ui/mail/outbox_view.py" line="89"/>
        <source>All e-mails</source>
        <translation>Todos los correos</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mail/outbox_view.py" line="109"/>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/mail/outbox_view.py" line="137"/>
        <source>The newest %n e-mail(s) are shown.</source>
        <translation>
            <numerusform>Se muestra el correo más reciente (%n).</numerusform>
            <numerusform>Se muestran los %n correos más recientes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/mail/outbox_view.py" line="139"/>
        <source>%n e-mail(s)</source>
        <translation>
            <numerusform>%n correo</numerusform>
            <numerusform>%n correos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutcomeTotalsModel</name>
    <message>
        <location filename="../desktop/ui/finance/outcome_totals.py" line="53"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/outcome_totals.py" line="54"/>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/outcome_totals.py" line="55"/>
        <source>Charges</source>
        <translation>Cobros</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/outcome_totals.py" line="56"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
</context>
<context>
    <name>PastResultsModel</name>
    <message>
        <location filename="../desktop/ui/finance/past_results_model.py" line="33"/>
        <source>Charge date</source>
        <translation>Fecha de cobro</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/past_results_model.py" line="34"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/past_results_model.py" line="35"/>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/past_results_model.py" line="36"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/past_results_model.py" line="37"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/past_results_model.py" line="38"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/past_results_model.py" line="106"/>
        <source>Not charged: the amount at stake</source>
        <translation>No cobrado: el importe en juego</translation>
    </message>
</context>
<context>
    <name>PastResultsPanel</name>
    <message>
        <location filename="../desktop/ui/finance/past_results_panel.py" line="72"/>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/past_results_panel.py" line="100"/>
        <source>Charge dates from:</source>
        <translation>Fechas de cobro desde:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/past_results_panel.py" line="102"/>
        <source>to:</source>
        <translation>hasta:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/past_results_panel.py" line="110"/>
        <source>Totals per outcome and currency</source>
        <translation>Totales por resultado y moneda</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/past_results_panel.py" line="129"/>
        <source>The first day comes after the last day.</source>
        <translation>El primer día es posterior al último.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/past_results_panel.py" line="140"/>
        <source>Loading the past results…</source>
        <translation>Cargando los resultados anteriores…</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/finance/past_results_panel.py" line="159"/>
        <source>%n charge(s) in the range</source>
        <translation>
            <numerusform>%n cobro en el intervalo</numerusform>
            <numerusform>%n cobros en el intervalo</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../desktop/ui/dialogs/payment_dialog.py" line="130"/>
        <source>Record payment — proforma {number}</source>
        <translation>Registrar pago — proforma {number}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/payment_dialog.py" line="132"/>
        <source>Reading proforma {number}…</source>
        <translation>Leyendo la proforma {number}…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/payment_dialog.py" line="187"/>
        <source>Paid on</source>
        <translation>Pagado el</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/payment_dialog.py" line="188"/>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/payment_dialog.py" line="189"/>
        <source>Amount received</source>
        <translation>Importe recibido</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/payment_dialog.py" line="202"/>
        <source>Card to charge</source>
        <translation>Tarjeta que se cobra</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/payment_dialog.py" line="235"/>
        <location filename="../desktop/ui/dialogs/payment_dialog.py" line="460"/>
        <source>Record payment</source>
        <translation>Registrar el pago</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/payment_dialog.py" line="245"/>
        <source>How was it paid?</source>
        <translation>¿Cómo se pagó?</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/payment_dialog.py" line="299"/>
        <source>Proforma {number} to {name} ({ref}), issued {issued}, valid until {valid}.</source>
        <translation>Proforma {number} a {name} ({ref}), emitida el {issued}, válida hasta el {valid}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs/payment_dialog.py" line="320"/>
        <source>Amount due: {due}, less than the proforma&apos;s printed total {total}: %n line(s) left out ({lines}), see why in the table above.</source>
        <translation>
            <numerusform>Importe a pagar: {due}, menos que el total impreso en la proforma, {total}: %n línea no incluida ({lines}); el motivo figura en la tabla de arriba.</numerusform>
            <numerusform>Importe a pagar: {due}, menos que el total impreso en la proforma, {total}: %n líneas no incluidas ({lines}); el motivo figura en la tabla de arriba.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/payment_dialog.py" line="581"/>
        <source>Preparing the card payment… (Cancel still stops it)</source>
        <translation>Preparando el pago con tarjeta… (Cancelar aún lo detiene)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/payment_dialog.py" line="606"/>
        <source>The charge has been sent to the gateway: finishing… It can no longer be cancelled.</source>
        <translation>El cobro se ha enviado a la pasarela: finalizando… Ya no se puede cancelar.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/payment_dialog.py" line="330"/>
        <source>Amount due: {due}</source>
        <translation>Importe a pagar: {due}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/payment_dialog.py" line="355"/>
        <source>The card ending {last4} was charged {amount} for this proforma before; nothing could take it, and it was refunded.</source>
        <translation>Ya se cobró {amount} a la tarjeta terminada en {last4} por esta proforma; nada pudo recibir el pago, y se reembolsó.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/payment_dialog.py" line="359"/>
        <source>The card ending {last4} was charged {amount} for this proforma before; nothing could take it: it is to be refunded from Follow-up.</source>
        <translation>Ya se cobró {amount} a la tarjeta terminada en {last4} por esta proforma; nada pudo recibir el pago: debe reembolsarse desde Seguimiento.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/payment_dialog.py" line="384"/>
        <source>Proforma {number}</source>
        <translation>Proforma {number}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/payment_dialog.py" line="412"/>
        <source>Choose the card to charge…</source>
        <translation>Elija la tarjeta que se cobra…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/payment_dialog.py" line="416"/>
        <source>Type the customer&apos;s card…</source>
        <translation>Introducir la tarjeta del cliente…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/payment_dialog.py" line="427"/>
        <source>The card is verified and saved on the account first, then charged the amount due.</source>
        <translation>Primero se verifica la tarjeta y se guarda en la cuenta; después se le cobra el importe a pagar.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/payment_dialog.py" line="430"/>
        <source>The account has no valid saved card: type the customer&apos;s card.</source>
        <translation>La cuenta no tiene ninguna tarjeta guardada válida: introduzca la tarjeta del cliente.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/payment_dialog.py" line="433"/>
        <source>The card is charged the amount due now, through the payment gateway.</source>
        <translation>Se cobra ahora el importe a pagar a la tarjeta, a través de la pasarela de pago.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/payment_dialog.py" line="452"/>
        <source>Ask the gateway</source>
        <translation>Consultar la pasarela de pago</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/payment_dialog.py" line="455"/>
        <source>Charge {amount}</source>
        <translation>Cobrar {amount}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/payment_dialog.py" line="503"/>
        <source>{due}, not the printed {total}: {lines} left out</source>
        <translation>{due}, no el total impreso {total}: no se incluye {lines}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/payment_dialog.py" line="583"/>
        <source>Recording the payment…</source>
        <translation>Registrando el pago…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/payment_dialog.py" line="603"/>
        <source>The charge has been sent to the gateway and cannot be called back</source>
        <translation>El cobro se ha enviado a la pasarela y no se puede retirar</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/payment_dialog.py" line="631"/>
        <source>Stopping… nothing will be recorded</source>
        <translation>Deteniendo… no se registrará nada</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/payment_dialog.py" line="649"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/payment_dialog.py" line="673"/>
        <source>Proforma {number} is paid: invoice {invoice} issued.</source>
        <translation>La proforma {number} está pagada: se ha emitido la factura {invoice}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/payment_dialog.py" line="678"/>
        <source>{service} until {day}</source>
        <translation>{service} hasta el {day}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/payment_dialog.py" line="689"/>
        <source>Renewed: {services}.</source>
        <translation>Renovados: {services}.</translation>
    </message>
</context>
<context>
    <name>PaymentLinesModel</name>
    <message>
        <location filename="../desktop/ui/dialogs/payment_lines.py" line="28"/>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/payment_lines.py" line="29"/>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/payment_lines.py" line="30"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/payment_lines.py" line="31"/>
        <source>After the payment</source>
        <translation>Tras el pago</translation>
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
            <numerusform>%n mes</numerusform>
            <numerusform>%n meses</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/payment_lines.py" line="53"/>
        <source>Renewed until {day}</source>
        <translation>Renovado hasta el {day}</translation>
    </message>
</context>
<context>
    <name>ProformaDialog</name>
    <message>
        <location filename="../desktop/ui/dialogs/proforma_dialog.py" line="93"/>
        <source>Proforma for early renewal</source>
        <translation>Proforma de renovación anticipada</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs/proforma_dialog.py" line="196"/>
        <source>Total: incomplete ({total}; no price for %n service(s))</source>
        <translation>
            <numerusform>Total: incompleto ({total}; falta el precio de %n servicio)</numerusform>
            <numerusform>Total: incompleto ({total}; falta el precio de %n servicios)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/proforma_dialog.py" line="189"/>
        <location filename="../desktop/ui/dialogs/proforma_dialog.py" line="201"/>
        <source>Total: {total}</source>
        <translation>Total: {total}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/proforma_dialog.py" line="108"/>
        <source>Total: working it out…</source>
        <translation>Total: calculando…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/proforma_dialog.py" line="111"/>
        <source>Each service&apos;s billing contact</source>
        <translation>El contacto de facturación de cada servicio</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/proforma_dialog.py" line="123"/>
        <source>Issue</source>
        <translation>Emitir</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/proforma_dialog.py" line="127"/>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/proforma_dialog.py" line="130"/>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/proforma_dialog.py" line="133"/>
        <source>E-mail to the billing contact</source>
        <translation>Enviar por correo al contacto de facturación</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/proforma_dialog.py" line="138"/>
        <source>Addressed to</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/proforma_dialog.py" line="142"/>
        <source>Early renewal of {name}: this proforma charges nothing.</source>
        <translation>Renovación anticipada de {name}: esta proforma no genera ningún cobro.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/proforma_dialog.py" line="229"/>
        <source>Issuing…</source>
        <translation>Emitiendo…</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs/proforma_dialog.py" line="252"/>
        <source>%n proforma(s) issued, number(s): {numbers}</source>
        <translation>
            <numerusform>Se ha emitido %n proforma, número: {numbers}</numerusform>
            <numerusform>Se han emitido %n proformas, números: {numbers}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs/proforma_dialog.py" line="312"/>
        <source>%n proforma(s) issued and sent to the printer.</source>
        <translation>
            <numerusform>%n proforma emitida y enviada a la impresora.</numerusform>
            <numerusform>%n proformas emitidas y enviadas a la impresora.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/proforma_dialog.py" line="330"/>
        <source>Each proforma to its billing contact (else to the customer), with its PDF attached</source>
        <translation>Cada proforma a su contacto de facturación (o, si no tiene, al cliente), con su PDF adjunto</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/proforma_dialog.py" line="334"/>
        <source>To {address}, with the PDF attached</source>
        <translation>A {address}, con el PDF adjunto</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/proforma_dialog.py" line="369"/>
        <source>Queuing the e-mail(s)…</source>
        <translation>Poniendo los correos en cola…</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs/proforma_dialog.py" line="389"/>
        <source>Proforma(s) {numbers} already sent by e-mail. Send %n more copy(ies) to the billing contact?</source>
        <translation>
            <numerusform>La proforma {numbers} ya se envió por correo. ¿Enviar %n copia más al contacto de facturación?</numerusform>
            <numerusform>Las proformas {numbers} ya se enviaron por correo. ¿Enviar %n copias más al contacto de facturación?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/proforma_dialog.py" line="393"/>
        <source>Send again?</source>
        <translation>¿Volver a enviar?</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs/proforma_dialog.py" line="418"/>
        <source>%n e-mail(s) not sent, for proforma number(s) {numbers}: {why}. The outbox tries again by itself; an administrator&apos;s Retry now in Tools &gt; E-mails… tries at once.</source>
        <translation>
            <numerusform>%n correo sin enviar, de la proforma número {numbers}: {why}. La bandeja de salida lo vuelve a intentar sola; «Reintentar ahora» de un administrador en Herramientas &gt; Correos… lo intenta en el acto.</numerusform>
            <numerusform>%n correos sin enviar, de las proformas números {numbers}: {why}. La bandeja de salida los vuelve a intentar sola; «Reintentar ahora» de un administrador en Herramientas &gt; Correos… lo intenta en el acto.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs/proforma_dialog.py" line="429"/>
        <source>%n e-mail(s) sent with the PDF attached, for proforma number(s) {numbers}.</source>
        <translation>
            <numerusform>%n correo enviado con el PDF adjunto, de la proforma número {numbers}.</numerusform>
            <numerusform>%n correos enviados con el PDF adjunto, de las proformas números {numbers}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs/proforma_dialog.py" line="433"/>
        <source>%n e-mail(s) queued with the PDF attached, for proforma number(s) {numbers}; the outbox sends them.</source>
        <translation>
            <numerusform>%n correo en cola con el PDF adjunto, para la proforma número {numbers}; la bandeja de salida lo enviará.</numerusform>
            <numerusform>%n correos en cola con el PDF adjunto, para las proformas números {numbers}; la bandeja de salida los enviará.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/proforma_dialog.py" line="425"/>
        <source>No e-mail was queued.</source>
        <translation>No se ha puesto ningún correo en cola.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/proforma_dialog.py" line="445"/>
        <source>Proforma {number}: {problem}</source>
        <translation>Proforma {number}: {problem}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/proforma_dialog.py" line="453"/>
        <source>already in the outbox, not queued again: {state}</source>
        <translation>ya está en la bandeja de salida, no se ha puesto otra vez en cola: {state}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/proforma_dialog.py" line="455"/>
        <source>already e-mailed, not sent again: {state}</source>
        <translation>ya enviado por correo, no se ha vuelto a enviar: {state}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/proforma_dialog.py" line="458"/>
        <source>Proforma {number} to {address}: {state}</source>
        <translation>Proforma {number} a {address}: {state}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/proforma_dialog.py" line="462"/>
        <source>Proforma {number}: {state}</source>
        <translation>Proforma {number}: {state}</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs/proforma_dialog.py" line="303"/>
        <source>%n proforma(s) issued and saved as {file}.</source>
        <translation>
            <numerusform>%n proforma emitida y guardada como {file}.</numerusform>
            <numerusform>%n proformas emitidas y guardadas como {file}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProformaLinesModel</name>
    <message>
        <location filename="../desktop/ui/dialogs/proforma_lines.py" line="36"/>
        <source>no price</source>
        <translation>sin precio</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs/proforma_lines.py" line="38"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mes</numerusform>
            <numerusform>%n meses</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/proforma_lines.py" line="48"/>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/proforma_lines.py" line="49"/>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/proforma_lines.py" line="50"/>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
</context>
<context>
    <name>ProformasModel</name>
    <message>
        <location filename="../desktop/ui/customers/proformas_model.py" line="32"/>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/proformas_model.py" line="33"/>
        <source>Issued</source>
        <translation>Emitida</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/proformas_model.py" line="34"/>
        <source>Valid until</source>
        <translation>Válida hasta</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/proformas_model.py" line="35"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/proformas_model.py" line="36"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/proformas_model.py" line="37"/>
        <source>Addressed to</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/proformas_model.py" line="38"/>
        <source>Services</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/proformas_model.py" line="39"/>
        <source>Invoice</source>
        <translation>Factura</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/proformas_model.py" line="86"/>
        <source>Paid {paid}</source>
        <translation>Pagado {paid}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/proformas_model.py" line="89"/>
        <source>Paid {paid}; issued for {total}, {left} left out: {services}</source>
        <translation>Pagado {paid}; emitida por {total}, {left} no incluidos: {services}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/proformas_model.py" line="118"/>
        <source>{state} on {when} by {who}</source>
        <translation>{state} el {when} por {who}</translation>
    </message>
</context>
<context>
    <name>ProformasTab</name>
    <message>
        <location filename="../desktop/ui/customers/proformas_tab.py" line="70"/>
        <source>Proformas</source>
        <translation>Proformas</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/proformas_tab.py" line="73"/>
        <source>Record payment…</source>
        <translation>Registrar pago…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/proformas_tab.py" line="74"/>
        <source>Cancel proforma…</source>
        <translation>Cancelar proforma…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/proformas_tab.py" line="75"/>
        <source>View, PDF, e-mail…</source>
        <translation>Ver, PDF, correo…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/proformas_tab.py" line="81"/>
        <source>Loading the proformas…</source>
        <translation>Cargando las proformas…</translation>
    </message>
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
            <numerusform>{proformas}, %n abierta</numerusform>
            <numerusform>{proformas}, %n abiertas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/proformas_tab.py" line="108"/>
        <source>Record the payment of the chosen proforma</source>
        <translation>Registrar el pago de la proforma elegida</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/proformas_tab.py" line="110"/>
        <source>Cancel the chosen proforma</source>
        <translation>Cancelar la proforma elegida</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/proformas_tab.py" line="115"/>
        <location filename="../desktop/ui/customers/proformas_tab.py" line="125"/>
        <source>Choose a proforma first</source>
        <translation>Elija primero una proforma</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/proformas_tab.py" line="117"/>
        <source>This proforma is paid (invoice {number})</source>
        <translation>Esta proforma está pagada (factura {number})</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/proformas_tab.py" line="119"/>
        <source>This proforma was cancelled</source>
        <translation>Esta proforma se canceló</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/proformas_tab.py" line="127"/>
        <source>The proforma as it prints: save it as PDF, print it or e-mail it to the billing contact</source>
        <translation>La proforma tal como se imprime: guárdela como PDF, imprímala o envíela por correo electrónico al contacto de facturación</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/proformas_tab.py" line="160"/>
        <source>Cancel proforma</source>
        <translation>Cancelar proforma</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/proformas_tab.py" line="162"/>
        <source>Cancel proforma {number}? It can no longer be paid; the services stay as they are.</source>
        <translation>¿Cancelar la proforma {number}? Ya no se podrá pagar; los servicios quedan como están.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/proformas_tab.py" line="173"/>
        <source>Proforma {number} was cancelled.</source>
        <translation>La proforma {number} se canceló.</translation>
    </message>
</context>
<context>
    <name>RecurringDialog</name>
    <message>
        <location filename="../desktop/ui/dialogs/recurring_dialog.py" line="55"/>
        <source>Recurring All</source>
        <translation>Renovación automática de todos los dominios</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/recurring_dialog.py" line="55"/>
        <source>Recurring</source>
        <translation>Renovación automática</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/recurring_dialog.py" line="84"/>
        <source>Account holder ({name})</source>
        <translation>Titular de la cuenta ({name})</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/recurring_dialog.py" line="95"/>
        <source>Choose the card to charge…</source>
        <translation>Elija la tarjeta para el cobro…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/recurring_dialog.py" line="101"/>
        <source>I have checked: this card may pay for this billing contact</source>
        <translation>Lo he comprobado: esta tarjeta puede pagar por este contacto de facturación</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/recurring_dialog.py" line="252"/>
        <source>Verifying the card…</source>
        <translation>Verificando la tarjeta…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/recurring_dialog.py" line="117"/>
        <source>Confirm</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/recurring_dialog.py" line="120"/>
        <source>Billing contact</source>
        <translation>Contacto de facturación</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/recurring_dialog.py" line="121"/>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/recurring_dialog.py" line="123"/>
        <source>Automatic renewal will be switched on for:</source>
        <translation>Se activará la renovación automática para:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/recurring_dialog.py" line="210"/>
        <source>Warning: the card holder ({holder}) matches neither the billing contact&apos;s name nor its company. Invoices will be issued to the contact while the card pays.</source>
        <translation>Atención: el titular de la tarjeta ({holder}) no coincide ni con el nombre del contacto de facturación ni con su empresa. Las facturas se emitirán a nombre del contacto y el pago se hará con la tarjeta.</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs/recurring_dialog.py" line="217"/>
        <source>Confirm replaces the card or billing contact of %n service(s) already renewing automatically (see “What changes”).</source>
        <translation>
            <numerusform>Al confirmar se cambiarán la tarjeta o el contacto de facturación de %n servicio que ya se renueva automáticamente (vea la columna «Qué cambia»).</numerusform>
            <numerusform>Al confirmar se cambiarán la tarjeta o el contacto de facturación de %n servicios que ya se renuevan automáticamente (vea la columna «Qué cambia»).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/recurring_dialog.py" line="226"/>
        <source>The card expires before the next charge of: {services}. The charge will fail, the service may be suspended and reactivation may cost extra.</source>
        <translation>La tarjeta vence antes del próximo cobro de: {services}. El cobro fallará, el servicio podría suspenderse y la reactivación podría implicar un cargo adicional.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/recurring_dialog.py" line="287"/>
        <source>Stopping… nothing will be changed</source>
        <translation>Deteniendo… no se cambiará nada</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs/recurring_dialog.py" line="294"/>
        <source>{name}: automatic renewal is on for %n service(s).</source>
        <translation>
            <numerusform>{name}: la renovación automática está activada para %n servicio.</numerusform>
            <numerusform>{name}: la renovación automática está activada para %n servicios.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs/recurring_dialog.py" line="298"/>
        <source>The card or billing contact of %n of them was replaced.</source>
        <translation>
            <numerusform>En %n de ellos se cambió la tarjeta o el contacto de facturación.</numerusform>
            <numerusform>En %n de ellos se cambió la tarjeta o el contacto de facturación.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecurringRowsModel</name>
    <message>
        <location filename="../desktop/ui/dialogs/recurring_rows.py" line="43"/>
        <source>no card</source>
        <translation>sin tarjeta</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/recurring_rows.py" line="49"/>
        <source>account holder</source>
        <translation>titular</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/recurring_rows.py" line="57"/>
        <source>Switched on</source>
        <translation>Se activará</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/recurring_rows.py" line="59"/>
        <source>Card and billing contact replaced</source>
        <translation>Cambian tarjeta y contacto</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/recurring_rows.py" line="61"/>
        <source>Card replaced</source>
        <translation>Cambia la tarjeta</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/recurring_rows.py" line="63"/>
        <source>Billing contact replaced</source>
        <translation>Cambia el contacto</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/recurring_rows.py" line="64"/>
        <source>No change</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/recurring_rows.py" line="83"/>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/recurring_rows.py" line="84"/>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/recurring_rows.py" line="85"/>
        <source>After Confirm</source>
        <translation>Tras confirmar</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/recurring_rows.py" line="86"/>
        <source>What changes</source>
        <translation>Qué cambia</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/recurring_rows.py" line="87"/>
        <source>Next charge</source>
        <translation>Próximo cobro</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/recurring_rows.py" line="88"/>
        <source>Risk</source>
        <translation>Riesgo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/recurring_rows.py" line="99"/>
        <source>choose the card</source>
        <translation>elija la tarjeta</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/recurring_rows.py" line="112"/>
        <source>Off</source>
        <translation>Desactivada</translation>
    </message>
</context>
<context>
    <name>RemoveCardDialog</name>
    <message>
        <location filename="../desktop/ui/customers/remove_card_dialog.py" line="42"/>
        <location filename="../desktop/ui/customers/remove_card_dialog.py" line="76"/>
        <source>Remove card</source>
        <translation>Eliminar tarjeta</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/remove_card_dialog.py" line="46"/>
        <source>Remove the card {card}?</source>
        <translation>¿Eliminar la tarjeta {card}?</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/remove_card_dialog.py" line="51"/>
        <source>Move them to:</source>
        <translation>Trasladarlos a:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/remove_card_dialog.py" line="53"/>
        <source>Stop their automatic renewal (the customer is told by e-mail)</source>
        <translation>Detener su renovación automática (se avisa al cliente por correo electrónico)</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/customers/remove_card_dialog.py" line="90"/>
        <source>%n service(s) with automatic renewal on this card:</source>
        <translation>
            <numerusform>%n servicio con renovación automática en esta tarjeta:</numerusform>
            <numerusform>%n servicios con renovación automática en esta tarjeta:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/remove_card_dialog.py" line="59"/>
        <source>No service renews automatically with it.</source>
        <translation>Ningún servicio se renueva automáticamente con ella.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/remove_card_dialog.py" line="128"/>
        <source>The card they move to expires before the next charge of: {services}. The charge will fail, the service may be suspended and reactivation may cost extra.</source>
        <translation>La tarjeta a la que pasan vence antes del próximo cobro de: {services}. El cobro fallará, el servicio podría suspenderse y la reactivación podría implicar un cargo adicional.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/remove_card_dialog.py" line="147"/>
        <source>Removing the card…</source>
        <translation>Eliminando la tarjeta…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/remove_card_dialog.py" line="157"/>
        <source>Meanwhile an automatic renewal started to use this card: choose where its services go, or stop their renewal. Nothing was changed.</source>
        <translation>Mientras tanto, una renovación automática empezó a usar esta tarjeta: elija adónde van sus servicios o detenga su renovación. No se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/remove_card_dialog.py" line="165"/>
        <source>Card {card} removed.</source>
        <translation>Tarjeta {card} eliminada.</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/customers/remove_card_dialog.py" line="167"/>
        <source>%n service(s) moved to another card.</source>
        <translation>
            <numerusform>%n servicio trasladado a otra tarjeta.</numerusform>
            <numerusform>%n servicios trasladados a otra tarjeta.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/customers/remove_card_dialog.py" line="169"/>
        <source>Automatic renewal stopped for %n service(s).</source>
        <translation>
            <numerusform>Renovación automática detenida para %n servicio.</numerusform>
            <numerusform>Renovación automática detenida para %n servicios.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/remove_card_dialog.py" line="172"/>
        <source>The card they moved to expires before the next charge of: {services}.</source>
        <translation>La tarjeta a la que pasaron vence antes del próximo cobro de: {services}.</translation>
    </message>
</context>
<context>
    <name>RemoveContactDialog</name>
    <message>
        <location filename="../desktop/ui/customers/contact_dialog.py" line="225"/>
        <source>Remove billing contact</source>
        <translation>Eliminar el contacto de facturación</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/contact_dialog.py" line="227"/>
        <source>Remove the billing contact {name} ({ref})? Documents already issued keep it.</source>
        <translation>¿Eliminar el contacto de facturación {name} ({ref})? Los documentos ya emitidos lo conservan.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/contact_dialog.py" line="205"/>
        <source>The account holder ({name})</source>
        <translation>El titular de la cuenta ({name})</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/contact_dialog.py" line="232"/>
        <source>Move them to:</source>
        <translation>Trasladarlos a:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/contact_dialog.py" line="234"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/customers/contact_dialog.py" line="248"/>
        <source>The auto-renew of %n service(s) bills this contact. They move to the contact chosen below, then the contact is removed.</source>
        <translation>
            <numerusform>La renovación automática de %n servicio se factura a este contacto. Se trasladará al contacto elegido abajo y después se eliminará el contacto.</numerusform>
            <numerusform>La renovación automática de %n servicios se factura a este contacto. Se trasladarán al contacto elegido abajo y después se eliminará el contacto.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/contact_dialog.py" line="255"/>
        <source>Move and remove</source>
        <translation>Trasladar y eliminar</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/contact_dialog.py" line="255"/>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/contact_dialog.py" line="322"/>
        <source>The billing contact to move them to ({name}) is no longer on the account. Nothing was changed; choose another.</source>
        <translation>El contacto de facturación al que iban a pasar ({name}) ya no está en la cuenta. No se ha cambiado nada; elija otro.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/contact_dialog.py" line="337"/>
        <source>Removing…</source>
        <translation>Eliminando…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/contact_dialog.py" line="363"/>
        <source>Meanwhile an auto-renew started to bill this contact: choose where its services go.</source>
        <translation>Mientras tanto, una renovación automática empezó a facturarse a este contacto: elija adónde van sus servicios.</translation>
    </message>
</context>
<context>
    <name>ReplaceCardDialog</name>
    <message>
        <location filename="../desktop/ui/customers/replace_card_dialog.py" line="48"/>
        <source>Replace card</source>
        <translation>Sustituir tarjeta</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/customers/replace_card_dialog.py" line="105"/>
        <source>%n service(s) will move from this card to the new one:</source>
        <translation>
            <numerusform>%n servicio pasará de esta tarjeta a la nueva:</numerusform>
            <numerusform>%n servicios pasarán de esta tarjeta a la nueva:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/replace_card_dialog.py" line="53"/>
        <source>A card already saved:</source>
        <translation>Una tarjeta ya guardada:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/replace_card_dialog.py" line="54"/>
        <source>A new card, typed now:</source>
        <translation>Una tarjeta nueva, introducida ahora:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/replace_card_dialog.py" line="74"/>
        <source>Old card: {card}</source>
        <translation>Tarjeta anterior: {card}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/replace_card_dialog.py" line="78"/>
        <source>The customer&apos;s new card:</source>
        <translation>La nueva tarjeta del cliente:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/replace_card_dialog.py" line="86"/>
        <source>Replace</source>
        <translation>Sustituir</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/replace_card_dialog.py" line="100"/>
        <source>No service uses this card, so nothing will move: a new card typed here is simply added.</source>
        <translation>Ningún servicio usa esta tarjeta, así que no se moverá nada: una tarjeta nueva escrita aquí simplemente se añade.</translation>
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
            <numerusform>%n servicio se detuvo porque esta tarjeta falló. Reactivar la renovación automática con la nueva tarjeta para:</numerusform>
            <numerusform>%n servicios se detuvieron porque esta tarjeta falló. Reactivar la renovación automática con la nueva tarjeta para:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/replace_card_dialog.py" line="169"/>
        <source>The new card expires before the next charge of: {services}. The charge will fail, the service may be suspended and reactivation may cost extra.</source>
        <translation>La nueva tarjeta vence antes del próximo cobro de: {services}. El cobro fallará, el servicio podría suspenderse y la reactivación podría implicar un cargo adicional.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/replace_card_dialog.py" line="189"/>
        <source>Choose the saved card to move the services to.</source>
        <translation>Elija la tarjeta guardada a la que pasarán los servicios.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/replace_card_dialog.py" line="212"/>
        <source>Checking the new card and moving the services…</source>
        <translation>Verificando la nueva tarjeta y trasladando los servicios…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/replace_card_dialog.py" line="231"/>
        <source>Checking the new card with the payment gateway and moving the services…</source>
        <translation>Verificando la nueva tarjeta con la pasarela de pago y trasladando los servicios…</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/customers/replace_card_dialog.py" line="237"/>
        <source>%n service(s) moved to the new card.</source>
        <translation>
            <numerusform>%n servicio trasladado a la nueva tarjeta.</numerusform>
            <numerusform>%n servicios trasladados a la nueva tarjeta.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/replace_card_dialog.py" line="240"/>
        <source>Auto-renew is on again for: {services}.</source>
        <translation>La renovación automática vuelve a estar activada para: {services}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/replace_card_dialog.py" line="246"/>
        <source>Auto-renew is still off for: {services}; switch it on in Recurring.</source>
        <translation>La renovación automática sigue desactivada para: {services}; puede activarla en Renovación automática.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/replace_card_dialog.py" line="252"/>
        <source>The new card expires before the next charge of: {services}.</source>
        <translation>La nueva tarjeta vence antes del próximo cobro de: {services}.</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../desktop/ui/admin/staff_dialog.py" line="167"/>
        <source>Reset the password of {name}</source>
        <translation>Restablecer la contraseña de {name}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_dialog.py" line="170"/>
        <source>The new password works at once, and a lockout is lifted.</source>
        <translation>La nueva contraseña funciona de inmediato y se levanta cualquier bloqueo.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_dialog.py" line="172"/>
        <source>Staff member</source>
        <translation>Empleado</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_dialog.py" line="174"/>
        <source>New password</source>
        <translation>Nueva contraseña</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_dialog.py" line="175"/>
        <source>Password again</source>
        <translation>Confirmar contraseña</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_dialog.py" line="176"/>
        <source>Reset password</source>
        <translation>Restablecer contraseña</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_dialog.py" line="181"/>
        <source>The two passwords differ.</source>
        <translation>Las contraseñas no coinciden.</translation>
    </message>
</context>
<context>
    <name>RunTexts</name>
    <message>
        <location filename="../desktop/ui/admin/run_texts.py" line="21"/>
        <source>card check passed</source>
        <translation>tarjeta verificada</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/run_texts.py" line="22"/>
        <source>card check failed</source>
        <translation>verificación de tarjeta fallida</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/run_texts.py" line="23"/>
        <source>pre-charge notice queued</source>
        <translation>aviso previo al cobro en cola</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/run_texts.py" line="24"/>
        <source>charged</source>
        <translation>cobrado</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/run_texts.py" line="25"/>
        <source>charge failed</source>
        <translation>cobro fallido</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/run_texts.py" line="26"/>
        <source>auto-renew stopped</source>
        <translation>renovación automática detenida</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/run_texts.py" line="27"/>
        <source>needs attention</source>
        <translation>requiere atención</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/run_texts.py" line="34"/>
        <source>running</source>
        <translation>en curso</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/run_texts.py" line="35"/>
        <source>completed</source>
        <translation>completada</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/run_texts.py" line="36"/>
        <source>stopped early</source>
        <translation>interrumpida</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/run_texts.py" line="37"/>
        <source>failed</source>
        <translation>fallida</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/run_texts.py" line="38"/>
        <source>abandoned (stopped without finishing)</source>
        <translation>abandonada (se detuvo sin terminar)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/run_texts.py" line="46"/>
        <source>nothing was due</source>
        <translation>no había nada pendiente</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/run_texts.py" line="48"/>
        <source>{count} × {what}</source>
        <translation>{count} × {what}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/run_texts.py" line="56"/>
        <source>no e-mail</source>
        <translation>sin correos</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/admin/run_texts.py" line="60"/>
        <source>%n failing</source>
        <translation>
            <numerusform>%n con fallos</numerusform>
            <numerusform>%n con fallos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/admin/run_texts.py" line="61"/>
        <source>%n given up</source>
        <translation>
            <numerusform>%n abandonado</numerusform>
            <numerusform>%n abandonados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/admin/run_texts.py" line="62"/>
        <source>%n queued</source>
        <translation>
            <numerusform>%n en cola</numerusform>
            <numerusform>%n en cola</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/admin/run_texts.py" line="63"/>
        <source>%n sent</source>
        <translation>
            <numerusform>%n enviado</numerusform>
            <numerusform>%n enviados</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/run_texts.py" line="71"/>
        <source>The checks stopped with an error ({detail})</source>
        <translation>Las comprobaciones se detuvieron con un error ({detail})</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/run_texts.py" line="77"/>
        <source>The gateway&apos;s answer about {service} is not known yet ({detail})</source>
        <translation>Aún no se conoce la respuesta de la pasarela sobre {service} ({detail})</translation>
    </message>
</context>
<context>
    <name>RunsModel</name>
    <message>
        <location filename="../desktop/ui/admin/operations_dialog.py" line="107"/>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/operations_dialog.py" line="108"/>
        <source>Workstation</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/operations_dialog.py" line="109"/>
        <source>Day checked</source>
        <translation>Día comprobado</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/operations_dialog.py" line="112"/>
        <source>E-mails now</source>
        <translation>Estado de los correos</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/operations_dialog.py" line="110"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/operations_dialog.py" line="111"/>
        <source>What it did</source>
        <translation>Acciones realizadas</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/operations_dialog.py" line="113"/>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
</context>
<context>
    <name>SavePdf</name>
    <message>
        <location filename="../desktop/ui/documents/save_pdf.py" line="36"/>
        <source>Save as PDF</source>
        <translation>Guardar como PDF</translation>
    </message>
    <message>
        <location filename="../desktop/ui/documents/save_pdf.py" line="46"/>
        <source>The PDF could not be saved as {file}.</source>
        <translation>No se pudo guardar el PDF como {file}.</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../desktop/ui/customers/search_panel.py" line="82"/>
        <source>Find a customer: name, e-mail, domain or phone</source>
        <translation>Buscar cliente: nombre, correo electrónico, dominio o teléfono</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/search_panel.py" line="83"/>
        <source>Show more</source>
        <translation>Mostrar más</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/search_panel.py" line="84"/>
        <source>&amp;Find a customer</source>
        <translation>&amp;Buscar un cliente</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/customers/search_panel.py" line="169"/>
        <source>{shown} of %n customer(s) shown: refine the search</source>
        <translation>
            <numerusform>Se muestran {shown} de %n cliente: afine la búsqueda</numerusform>
            <numerusform>Se muestran {shown} de %n clientes: afine la búsqueda</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/customers/search_panel.py" line="174"/>
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n cliente</numerusform>
            <numerusform>%n clientes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServiceHistory</name>
    <message>
        <location filename="../desktop/ui/dialogs/service_history.py" line="40"/>
        <source>card checked</source>
        <translation>tarjeta verificada</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/service_history.py" line="109"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
</context>
<context>
    <name>ServicePage</name>
    <message>
        <location filename="../desktop/ui/dialogs/service_page.py" line="67"/>
        <source>Renew automatically</source>
        <translation>Renovar automáticamente</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/service_page.py" line="180"/>
        <source>No card</source>
        <translation>Sin tarjeta</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/service_page.py" line="186"/>
        <source>Account holder ({name})</source>
        <translation>Titular de la cuenta ({name})</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs/service_page.py" line="76"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mes</numerusform>
            <numerusform>%n meses</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/service_page.py" line="95"/>
        <source>I have checked: this card may pay for this billing contact</source>
        <translation>Lo he comprobado: esta tarjeta puede pagar por este contacto de facturación</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/service_page.py" line="102"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/service_page.py" line="104"/>
        <source>Domain</source>
        <translation>Dominio</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/service_page.py" line="106"/>
        <source>Hosting ({plan})</source>
        <translation>Alojamiento ({plan})</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/service_page.py" line="109"/>
        <source>Expires</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/service_page.py" line="110"/>
        <source>Next charge</source>
        <translation>Próximo cobro</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/service_page.py" line="111"/>
        <source>Stopped</source>
        <translation>Detenida</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/service_page.py" line="113"/>
        <source>Risk</source>
        <translation>Riesgo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/service_page.py" line="118"/>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/service_page.py" line="119"/>
        <source>Billing contact</source>
        <translation>Contacto de facturación</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/service_page.py" line="121"/>
        <location filename="../desktop/ui/dialogs/service_page.py" line="125"/>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/service_page.py" line="122"/>
        <source>Installments</source>
        <translation>Cuotas</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs/service_page.py" line="125"/>
        <source>%n month(s), in one payment</source>
        <translation>
            <numerusform>%n mes, en un solo pago</numerusform>
            <numerusform>%n meses, en un solo pago</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/service_page.py" line="343"/>
        <source>The card expires before the next charge on {date}: the charge will fail, the service may be suspended and reactivation may cost extra.</source>
        <translation>La tarjeta vence antes del próximo cobro, el {date}: el cobro fallará, el servicio podría suspenderse y la reactivación podría implicar un cargo adicional.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/service_page.py" line="352"/>
        <source>Warning: the card holder ({holder}) matches neither the billing contact&apos;s name nor its company.</source>
        <translation>Atención: el titular de la tarjeta ({holder}) no coincide ni con el nombre del contacto de facturación ni con su empresa.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/service_page.py" line="377"/>
        <source>Verifying the card and saving…</source>
        <translation>Verificando la tarjeta y guardando…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/service_page.py" line="379"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/service_page.py" line="426"/>
        <source>Stopping… nothing will be changed</source>
        <translation>Deteniendo… no se cambiará nada</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/service_page.py" line="434"/>
        <source>{service}: automatic renewal is on.</source>
        <translation>{service}: la renovación automática está activada.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/service_page.py" line="436"/>
        <source>{service}: automatic renewal is off; the customer&apos;s e-mail is queued.</source>
        <translation>{service}: la renovación automática está desactivada; el correo al cliente está en cola.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/service_page.py" line="438"/>
        <source>{service}: the changes are saved.</source>
        <translation>{service}: los cambios se han guardado.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/service_page.py" line="440"/>
        <source>{service}: nothing needed saving.</source>
        <translation>{service}: no había nada que guardar.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/service_page.py" line="443"/>
        <source>An updated notice to the customer is queued.</source>
        <translation>Se ha puesto en cola un aviso actualizado para el cliente.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/service_page.py" line="467"/>
        <source>Your changes are kept on the page: check them against it and save again.</source>
        <translation>Sus cambios se conservan en la página: revíselos frente al estado actual y vuelva a guardar.</translation>
    </message>
</context>
<context>
    <name>ServicesModel</name>
    <message>
        <location filename="../desktop/ui/customers/services_model.py" line="52"/>
        <source>Tick</source>
        <translation>Marcar</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/services_model.py" line="53"/>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/services_model.py" line="54"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/services_model.py" line="55"/>
        <source>Expires</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/services_model.py" line="56"/>
        <source>Auto-renew</source>
        <translation>Renovación automática</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/services_model.py" line="57"/>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/services_model.py" line="58"/>
        <source>Billing contact</source>
        <translation>Contacto de facturación</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/services_model.py" line="59"/>
        <source>Next charge</source>
        <translation>Próximo cobro</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/services_model.py" line="60"/>
        <source>Risk</source>
        <translation>Riesgo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/services_model.py" line="76"/>
        <source>Domain</source>
        <translation>Dominio</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/services_model.py" line="77"/>
        <source>Hosting ({plan})</source>
        <translation>Alojamiento ({plan})</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/services_model.py" line="78"/>
        <source>Active</source>
        <translation>Activada</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/services_model.py" line="269"/>
        <source>All services</source>
        <translation>Todos los servicios</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/services_model.py" line="270"/>
        <source>Domains</source>
        <translation>Dominios</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/services_model.py" line="271"/>
        <source>Hosting packages</source>
        <translation>Planes de alojamiento</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/services_model.py" line="272"/>
        <source>Recurring on</source>
        <translation>Con renovación automática</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/services_model.py" line="273"/>
        <source>At risk</source>
        <translation>En riesgo</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="35"/>
        <source>Card check and notice (days before)</source>
        <translation>Verificación de tarjeta y aviso (días antes)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="36"/>
        <source>Charge (days before expiry)</source>
        <translation>Cobro (días antes del vencimiento)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="37"/>
        <source>Late charges allowed (days)</source>
        <translation>Margen para cobros atrasados (días)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="38"/>
        <source>Company time zone</source>
        <translation>Zona horaria de la empresa</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="39"/>
        <source>SMTP server</source>
        <translation>Servidor SMTP</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="40"/>
        <source>SMTP port</source>
        <translation>Puerto SMTP</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="41"/>
        <source>SMTP user name</source>
        <translation>Usuario SMTP</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="42"/>
        <source>Encrypt with STARTTLS</source>
        <translation>Cifrar con STARTTLS</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="43"/>
        <source>Sender address</source>
        <translation>Dirección del remitente</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="44"/>
        <source>Give up on an e-mail after (days)</source>
        <translation>Abandonar un correo tras (días)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="45"/>
        <source>Renewal page address</source>
        <translation>Dirección de la página de renovación</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="46"/>
        <source>Renewal settings page address</source>
        <translation>Dirección de la página de configuración de la renovación</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="47"/>
        <source>Links valid for (days)</source>
        <translation>Validez de los enlaces (días)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="48"/>
        <source>Company name</source>
        <translation>Nombre de la empresa</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="49"/>
        <source>Company address</source>
        <translation>Dirección de la empresa</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="50"/>
        <source>Company tax ID</source>
        <translation>NIF de la empresa</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="51"/>
        <source>Proformas valid for (days)</source>
        <translation>Validez de las proformas (días)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="52"/>
        <source>How to pay (on proformas)</source>
        <translation>Forma de pago (en las proformas)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="53"/>
        <source>Background checks every (minutes)</source>
        <translation>Comprobaciones automáticas cada (minutos)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="56"/>
        <source>Gateway calls at once</source>
        <translation>Llamadas simultáneas a la pasarela</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="57"/>
        <source>Sandbox gateway delay (ms)</source>
        <translation>Retardo de la pasarela de pruebas (ms)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="58"/>
        <source>SMTP password</source>
        <translation>Contraseña SMTP</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="59"/>
        <source>Link-signing key</source>
        <translation>Clave de firma de enlaces</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="60"/>
        <source>Payment gateway API key</source>
        <translation>Clave de API de la pasarela de pago</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="61"/>
        <source>Database password (PostgreSQL)</source>
        <translation>Contraseña de la base de datos (PostgreSQL)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="69"/>
        <source>How many days before each charge date the card is checked and the customer is told that the service will renew. The days are counted in the company&apos;s time zone.</source>
        <translation>Cuántos días antes de cada fecha de cobro se verifica la tarjeta y se avisa al cliente de que el servicio se renovará. Los días se cuentan en la zona horaria de la empresa.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="73"/>
        <source>How many days before a service expires its automatic charge is made (0: on the expiry date).</source>
        <translation>Cuántos días antes del vencimiento de un servicio se realiza su cobro automático (0: en la fecha de vencimiento).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="77"/>
        <source>When the checks did not run for a while, a charge date that passed at most this many days ago is still charged; older ones are listed as needing attention and are not charged.</source>
        <translation>Si las comprobaciones no se han ejecutado durante un tiempo, se sigue cobrando una fecha de cobro pasada hace como máximo este número de días; las más antiguas se marcan como «Requiere atención» y no se cobran.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="81"/>
        <source>The company&apos;s time zone, such as Asia/Jerusalem: today&apos;s date and the days before a charge are counted in it.</source>
        <translation>La zona horaria de la empresa, por ejemplo Asia/Jerusalem: en ella se cuentan la fecha de hoy y los días previos a un cobro.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="85"/>
        <source>The name or address of the mail server that sends the e-mails to customers.</source>
        <translation>El nombre o la dirección del servidor de correo que envía los correos electrónicos a los clientes.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="88"/>
        <source>The mail server&apos;s port: usually 587 with STARTTLS, 25 without.</source>
        <translation>El puerto del servidor de correo: normalmente 587 con STARTTLS y 25 sin él.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="91"/>
        <source>The user name for the mail server; leave it empty when the server needs no login.</source>
        <translation>El nombre de usuario del servidor de correo; déjelo vacío si el servidor no requiere inicio de sesión.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="94"/>
        <source>Encrypt the connection to the mail server before logging in; most servers on port 587 require it.</source>
        <translation>Cifra la conexión con el servidor de correo antes de iniciar sesión; la mayoría de los servidores en el puerto 587 lo exigen.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="98"/>
        <source>The From address of every e-mail to customers, such as renewals@example.com.</source>
        <translation>La dirección del remitente (From) de todos los correos electrónicos a los clientes, por ejemplo renewals@example.com.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="101"/>
        <source>An e-mail that could not be sent for this many days is given up and listed for staff to follow up.</source>
        <translation>Un correo electrónico que no se ha podido enviar durante este número de días se abandona y aparece en la lista de seguimiento del personal.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="105"/>
        <source>The customer portal&apos;s renewal page: every renewal link in an e-mail starts with it and carries a signed token.</source>
        <translation>La página de renovación del portal de clientes: todos los enlaces de renovación de los correos electrónicos empiezan por ella y llevan un token firmado.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="109"/>
        <source>The customer portal&apos;s page for automatic renewal settings: the settings links in e-mails start with it.</source>
        <translation>La página del portal de clientes para la configuración de la renovación automática: los enlaces de configuración de los correos electrónicos empiezan por ella.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="113"/>
        <source>How many days a link in an e-mail keeps working after it is sent.</source>
        <translation>Cuántos días sigue funcionando un enlace de un correo electrónico después de enviarse.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="116"/>
        <source>The sender&apos;s name and the signature of every e-mail to customers.</source>
        <translation>El nombre del remitente y la firma de todos los correos electrónicos a los clientes.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="119"/>
        <source>The company&apos;s address, one line per line as printed at the top of every proforma and invoice.</source>
        <translation>La dirección de la empresa, línea a línea, tal como se imprime en la cabecera de cada proforma y cada factura.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="123"/>
        <source>The company&apos;s tax or VAT number, printed on every proforma and invoice.</source>
        <translation>El número fiscal o de IVA de la empresa, que se imprime en cada proforma y cada factura.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="126"/>
        <source>How many days a new proforma stays valid; the date is printed on it. An expired proforma can still be paid.</source>
        <translation>Cuántos días sigue siendo válida una proforma nueva; la fecha figura en ella. Una proforma vencida todavía puede pagarse.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="130"/>
        <source>Payment instructions printed on every new proforma, such as the bank account for a transfer.</source>
        <translation>Instrucciones de pago que se imprimen en cada proforma nueva, como la cuenta bancaria para una transferencia.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="134"/>
        <source>How often every open window runs the due checks in the background.</source>
        <translation>Con qué frecuencia cada ventana abierta ejecuta en segundo plano las comprobaciones de vencimientos.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="137"/>
        <source>How many calls to the payment gateway the due checks make at the same time.</source>
        <translation>Cuántas llamadas simultáneas a la pasarela de pago hacen las comprobaciones de vencimientos.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="140"/>
        <source>A delay added to every answer of the built-in sandbox gateway, to try the program with a slow gateway; 0 for none.</source>
        <translation>Un retardo que se añade a cada respuesta de la pasarela de pruebas integrada, para probar el programa con una pasarela lenta; 0 para ninguno.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="144"/>
        <source>The password of the SMTP user, kept in this workstation&apos;s keyring.</source>
        <translation>La contraseña del usuario SMTP, guardada en el almacén de credenciales de este puesto.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="147"/>
        <source>The secret that signs the links in e-mails; the customer portal checks them with the same key.</source>
        <translation>El secreto con el que se firman los enlaces de los correos electrónicos; el portal de clientes los comprueba con la misma clave.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="151"/>
        <source>The API key of the payment gateway, kept in this workstation&apos;s keyring.</source>
        <translation>La clave de API de la pasarela de pago, guardada en el almacén de credenciales de este puesto.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="154"/>
        <source>The password this workstation uses for a PostgreSQL database whose address carries none.</source>
        <translation>La contraseña que usa este puesto para una base de datos PostgreSQL cuya dirección no incluye ninguna.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="166"/>
        <source>This setting needs a value.</source>
        <translation>Este parámetro necesita un valor.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="168"/>
        <source>Only spaces were typed: leave the field empty or type a value.</source>
        <translation>Solo se escribieron espacios: deje el campo vacío o escriba un valor.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="172"/>
        <source>Remove the invisible or control character {character}: it cannot be used here.</source>
        <translation>Quite el carácter invisible o de control {character}: aquí no se puede usar.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="181"/>
        <source>Enter a whole number from {low} to {high}.</source>
        <translation>Introduzca un número entero entre {low} y {high}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="182"/>
        <source>Choose on or off.</source>
        <translation>Elija activado o desactivado.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="183"/>
        <source>Choose a time zone from the list, such as Asia/Jerusalem.</source>
        <translation>Elija una zona horaria de la lista, por ejemplo Asia/Jerusalem.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="186"/>
        <source>Enter a server name or address, without spaces.</source>
        <translation>Introduzca un nombre o una dirección de servidor, sin espacios.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="187"/>
        <source>Enter an e-mail address such as renewals@example.com.</source>
        <translation>Introduzca una dirección de correo electrónico, por ejemplo renewals@example.com.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="190"/>
        <source>Enter an address that starts with https://, such as https://portal.example.com/renew.</source>
        <translation>Introduzca una dirección que empiece por https://, por ejemplo https://portal.example.com/renew.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="194"/>
        <source>This setting is unknown.</source>
        <translation>Este parámetro no se reconoce.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_texts.py" line="196"/>
        <source>This value cannot be used.</source>
        <translation>Este valor no se puede usar.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../desktop/ui/admin/settings_dialog.py" line="175"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_dialog.py" line="201"/>
        <source>Passwords and keys are kept in this workstation&apos;s keyring, never in the database, and are never shown again: a field left empty keeps what is kept.</source>
        <translation>Las contraseñas y claves se guardan en el almacén de credenciales de este puesto, nunca en la base de datos, y no vuelven a mostrarse: si deja un campo vacío, se conserva el valor guardado.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_dialog.py" line="207"/>
        <source>Loading the settings…</source>
        <translation>Cargando la configuración…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_dialog.py" line="210"/>
        <source>Send test e-mail…</source>
        <translation>Enviar correo electrónico de prueba…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_dialog.py" line="212"/>
        <source>Sends an e-mail through the mail server with the values shown here, saved or not.</source>
        <translation>Envía un correo electrónico a través del servidor de correo con los valores que se muestran aquí, estén guardados o no.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_dialog.py" line="251"/>
        <source>Due checks &amp;&amp; charges</source>
        <translation>Plazos y cobros</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_dialog.py" line="252"/>
        <source>E-mail (SMTP)</source>
        <translation>Correo (SMTP)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_dialog.py" line="253"/>
        <source>Links &amp;&amp; portal</source>
        <translation>Enlaces y portal</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_dialog.py" line="254"/>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_dialog.py" line="255"/>
        <source>Proformas &amp;&amp; invoices</source>
        <translation>Proformas y facturas</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_dialog.py" line="256"/>
        <source>Background &amp;&amp; gateway</source>
        <translation>Segundo plano y pasarela</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_dialog.py" line="282"/>
        <source>Every workstation that shares this database must keep the same link-signing key: type the same key on each of them, and give it to the customer portal.</source>
        <translation>Todos los puestos que comparten esta base de datos deben usar la misma clave de firma de enlaces: escriba la misma clave en cada uno de ellos y facilítela al portal de clientes.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_dialog.py" line="339"/>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_dialog.py" line="341"/>
        <source>From {low} to {high}.</source>
        <translation>De {low} a {high}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_dialog.py" line="348"/>
        <source>Default: {value}</source>
        <translation>Valor predeterminado: {value}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_dialog.py" line="359"/>
        <source>no keyring</source>
        <translation>sin almacén de credenciales</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_dialog.py" line="373"/>
        <source>set — type a new one to replace it</source>
        <translation>guardada — escriba una nueva para sustituirla</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_dialog.py" line="373"/>
        <source>not set</source>
        <translation>sin definir</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_dialog.py" line="428"/>
        <source>Another admin saved the settings meanwhile; their values are shown, except what you typed in: {names}. Saving replaces theirs there.</source>
        <translation>Otro administrador guardó la configuración mientras tanto; se muestran sus valores, salvo lo que usted escribió: {names}. Al guardar, lo que usted escribió sustituirá los valores de ese administrador.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_dialog.py" line="433"/>
        <source>Another admin saved the settings meanwhile; their values are shown.</source>
        <translation>Otro administrador guardó la configuración mientras tanto; se muestran sus valores.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_dialog.py" line="485"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_dialog.py" line="513"/>
        <source>Nothing was saved. Check these settings: {names}</source>
        <translation>No se ha guardado nada. Revise estos parámetros: {names}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_dialog.py" line="518"/>
        <source>The settings were saved, but the passwords and keys were not: {error}</source>
        <translation>La configuración se guardó, pero las contraseñas y claves no: {error}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_dialog.py" line="531"/>
        <source>Send test e-mail</source>
        <translation>Enviar correo electrónico de prueba</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_dialog.py" line="532"/>
        <source>Send a test e-mail, with the settings shown (saved or not), to:</source>
        <translation>Enviar un correo electrónico de prueba, con la configuración mostrada (guardada o no), a:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_dialog.py" line="536"/>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_dialog.py" line="555"/>
        <source>Sending a test e-mail to {address}…</source>
        <translation>Enviando un correo electrónico de prueba a {address}…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_dialog.py" line="589"/>
        <source>The test e-mail was sent to {address}. Check that it arrived.</source>
        <translation>El correo electrónico de prueba se envió a {address}. Compruebe que ha llegado.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_dialog.py" line="599"/>
        <source>The test e-mail was not sent. Check these settings: {names}</source>
        <translation>El correo electrónico de prueba no se envió. Revise estos parámetros: {names}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/settings_dialog.py" line="617"/>
        <source>Sending the test e-mail… (finishing)</source>
        <translation>Enviando el correo de prueba… (terminando)</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../desktop/ui/dialogs/sign_in.py" line="240"/>
        <source>Sign in to RenewDesk</source>
        <translation>Iniciar sesión en RenewDesk</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/sign_in.py" line="245"/>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/sign_in.py" line="241"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/sign_in.py" line="242"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/sign_in.py" line="243"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/sign_in.py" line="245"/>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/sign_in.py" line="246"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/sign_in.py" line="247"/>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/sign_in.py" line="248"/>
        <source>Choose another connection…</source>
        <translation>Elegir otra conexión…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/sign_in.py" line="255"/>
        <source>Connecting to the database… You are signed in as soon as it is open.</source>
        <translation>Conectando con la base de datos… Iniciará sesión en cuanto esté abierta.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/sign_in.py" line="256"/>
        <source>Connecting to the database… You can type your name and password.</source>
        <translation>Conectando con la base de datos… Ya puede escribir su nombre y su contraseña.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/sign_in.py" line="264"/>
        <source>The database file of this computer is not there: {path}. It may have been moved or deleted, or be on a drive that is not connected. Connect the drive and press Retry, or choose another connection with the button below.</source>
        <translation>El archivo de base de datos de este equipo no está: {path}. Puede haberse movido o eliminado, o estar en una unidad que no está conectada. Conecte la unidad y pulse Reintentar, o elija otra conexión con el botón de abajo.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/sign_in.py" line="267"/>
        <source>The database could not be opened: {reason}</source>
        <translation>No se ha podido abrir la base de datos: {reason}</translation>
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
        <translation>Comprobaciones automáticas</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <location filename="../desktop/ui/admin/staff_dialog.py" line="191"/>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_dialog.py" line="211"/>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_dialog.py" line="212"/>
        <source>Change role…</source>
        <translation>Cambiar rol…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_dialog.py" line="213"/>
        <source>Reset password…</source>
        <translation>Nueva contraseña…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_dialog.py" line="214"/>
        <location filename="../desktop/ui/admin/staff_dialog.py" line="292"/>
        <source>Disable</source>
        <translation>Desactivar</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_dialog.py" line="292"/>
        <source>Enable</source>
        <translation>Activar</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_dialog.py" line="302"/>
        <source>You cannot disable yourself.</source>
        <translation>No puede desactivar su propia cuenta.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_dialog.py" line="315"/>
        <source>{name} was added.</source>
        <translation>Se ha añadido a {name}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_dialog.py" line="324"/>
        <source>{name} is now: {role}.</source>
        <translation>{name} tiene ahora el rol: {role}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_dialog.py" line="335"/>
        <source>The password of {name} was reset.</source>
        <translation>Se ha restablecido la contraseña de {name}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_dialog.py" line="345"/>
        <source>Disable a staff member</source>
        <translation>Desactivar a un empleado</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_dialog.py" line="346"/>
        <source>Disable {name}? They will no longer be able to sign in.</source>
        <translation>¿Desactivar a {name}? Ya no podrá iniciar sesión.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_dialog.py" line="365"/>
        <source>{name} was enabled.</source>
        <translation>Se ha activado a {name}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_dialog.py" line="367"/>
        <source>{name} was disabled.</source>
        <translation>Se ha desactivado a {name}.</translation>
    </message>
</context>
<context>
    <name>StaffModel</name>
    <message>
        <location filename="../desktop/ui/admin/staff_model.py" line="33"/>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_model.py" line="35"/>
        <source>Disabled</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_model.py" line="55"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_model.py" line="56"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_model.py" line="57"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../desktop/ui/admin/staff_model.py" line="58"/>
        <source>Locked until</source>
        <translation>Bloqueado hasta</translation>
    </message>
</context>
<context>
    <name>SwitchOff</name>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs/switch_off.py" line="46"/>
        <source>Switch automatic renewal off for %n service(s)? The customer will be told by e-mail.</source>
        <translation>
            <numerusform>¿Desactivar la renovación automática de %n servicio? Se avisará al cliente por correo.</numerusform>
            <numerusform>¿Desactivar la renovación automática de %n servicios? Se avisará al cliente por correo.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/switch_off.py" line="39"/>
        <source>{name}: no ticked service renews automatically; nothing was switched off.</source>
        <translation>{name}: ninguno de los servicios marcados se renueva automáticamente; no se desactivó nada.</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs/switch_off.py" line="50"/>
        <source>%n ticked service(s) already had automatic renewal off and will be left as is.</source>
        <translation>
            <numerusform>%n servicio marcado ya tenía la renovación automática desactivada y se deja como está.</numerusform>
            <numerusform>%n servicios marcados ya tenían la renovación automática desactivada y se dejan como están.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/switch_off.py" line="55"/>
        <source>Switch auto-renew off</source>
        <translation>Desactivar la renovación automática</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs/switch_off.py" line="63"/>
        <source>{name}: automatic renewal is off for %n service(s); the customer&apos;s e-mail is queued.</source>
        <translation>
            <numerusform>{name}: la renovación automática está desactivada para %n servicio; el correo al cliente está en cola.</numerusform>
            <numerusform>{name}: la renovación automática está desactivada para %n servicios; el correo al cliente está en cola.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/switch_off.py" line="68"/>
        <source>{name}: those services were already off; nothing was changed.</source>
        <translation>{name}: esos servicios ya estaban desactivados; no se ha cambiado nada.</translation>
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
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/upcoming_model.py" line="37"/>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/upcoming_model.py" line="38"/>
        <source>Charge date</source>
        <translation>Fecha de cobro</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/upcoming_model.py" line="39"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/upcoming_model.py" line="40"/>
        <source>Installments</source>
        <translation>Cuotas</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/upcoming_model.py" line="41"/>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/upcoming_model.py" line="42"/>
        <source>Billing contact</source>
        <translation>Contacto de facturación</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/upcoming_model.py" line="43"/>
        <source>Risks</source>
        <translation>Riesgos</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/upcoming_model.py" line="82"/>
        <source>no price</source>
        <translation>sin precio</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/upcoming_model.py" line="83"/>
        <source>no card</source>
        <translation>sin tarjeta</translation>
    </message>
</context>
<context>
    <name>UpcomingPanel</name>
    <message>
        <location filename="../desktop/ui/finance/upcoming_panel.py" line="69"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/upcoming_panel.py" line="71"/>
        <source>Any risk</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/upcoming_panel.py" line="72"/>
        <source>At risk</source>
        <translation>En riesgo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/upcoming_panel.py" line="73"/>
        <source>Safe</source>
        <translation>Sin riesgo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/upcoming_panel.py" line="80"/>
        <location filename="../desktop/ui/finance/upcoming_panel.py" line="291"/>
        <source>All currencies</source>
        <translation>Todas las monedas</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/upcoming_panel.py" line="82"/>
        <source>Customer name or number</source>
        <translation>Nombre o número de cliente</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/upcoming_panel.py" line="116"/>
        <source>Days ahead:</source>
        <translation>Próximos días:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/upcoming_panel.py" line="120"/>
        <source>Risk:</source>
        <translation>Riesgo:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/upcoming_panel.py" line="122"/>
        <source>Currency:</source>
        <translation>Moneda:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/upcoming_panel.py" line="126"/>
        <source>Amount per day in:</source>
        <translation>Importe diario en:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finance/upcoming_panel.py" line="194"/>
        <source>Loading the upcoming charges…</source>
        <translation>Cargando los próximos cobros…</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/finance/upcoming_panel.py" line="314"/>
        <source>%n charge(s) from {first} to {last}</source>
        <translation>
            <numerusform>%n cobro del {first} al {last}</numerusform>
            <numerusform>%n cobros del {first} al {last}</numerusform>
        </translation>
    </message>
</context>
</TS>

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
        <location filename="../desktop/ui/main_window.py" line="29"/>
        <source>RenewDesk — {name}</source>
        <translation>RenewDesk — {name}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="46"/>
        <source>&amp;Renew</source>
        <translation>&amp;Renovar</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="47"/>
        <source>Renew &amp;All</source>
        <translation>Renovar &amp;todo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="48"/>
        <source>Re&amp;curring</source>
        <translation>&amp;Pago recurrente</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="49"/>
        <source>Recurring A&amp;ll</source>
        <translation>Pago recurrente t&amp;odo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="50"/>
        <source>&amp;Switch auto-renew off</source>
        <translation>&amp;Desactivar renovación automática</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="52"/>
        <source>Re&amp;fresh</source>
        <translation>Act&amp;ualizar</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="54"/>
        <source>&amp;Actions</source>
        <translation>&amp;Acciones</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="55"/>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="81"/>
        <source>Loading the account…</source>
        <translation>Cargando la cuenta…</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/main_window.py" line="96"/>
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n servicio</numerusform>
            <numerusform>%n servicios</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="151"/>
        <source>Automatic renewal is on.</source>
        <translation>La renovación automática está activada.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="175"/>
        <source>Switch auto-renew off</source>
        <translation>Desactivar renovación automática</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/main_window.py" line="177"/>
        <source>Switch automatic renewal off for %n service(s)? The customer is told by e-mail.</source>
        <translation>
            <numerusform>¿Desactivar la renovación automática de %n servicio? Se avisará al cliente por correo electrónico.</numerusform>
            <numerusform>¿Desactivar la renovación automática de %n servicios? Se avisará al cliente por correo electrónico.</numerusform>
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
        <translation>Desactivada por el personal</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="13"/>
        <source>Stopped: no card</source>
        <translation>Detenida: sin tarjeta</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="14"/>
        <source>Stopped: card expires before the charge</source>
        <translation>Detenida: la tarjeta vence antes del cobro</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="17"/>
        <source>Stopped: card check declined</source>
        <translation>Detenida: verificación de tarjeta rechazada</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="18"/>
        <source>Stopped: charge declined</source>
        <translation>Detenida: cobro rechazado</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="19"/>
        <source>Stopped: charge failed</source>
        <translation>Detenida: cobro fallido</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="20"/>
        <source>Stopped: no price</source>
        <translation>Detenida: sin precio</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="23"/>
        <source>Off</source>
        <translation>Desactivada</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="29"/>
        <source>The card expires before the charge date: the charge will fail, the service may be suspended and reactivation may cost extra</source>
        <translation>La tarjeta vence antes de la fecha de cobro: el cobro fallará, el servicio podría suspenderse y la reactivación podría implicar un cargo adicional</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="33"/>
        <source>The card was refused by the gateway</source>
        <translation>La pasarela de pago rechazó la tarjeta</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="34"/>
        <source>No card is set for automatic renewal</source>
        <translation>No hay ninguna tarjeta asignada a la renovación automática</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="35"/>
        <source>The card holder matches neither the billing contact&apos;s name nor its company</source>
        <translation>El titular de la tarjeta no coincide ni con el nombre del contacto de facturación ni con su empresa</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="38"/>
        <source>The charge date has passed</source>
        <translation>La fecha de cobro ya pasó</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="39"/>
        <source>The price list has no price for this renewal</source>
        <translation>La lista de precios no tiene precio para esta renovación</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="46"/>
        <source>Card expires first</source>
        <translation>La tarjeta vence antes</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="47"/>
        <source>Card refused</source>
        <translation>Tarjeta rechazada</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="48"/>
        <source>No card</source>
        <translation>Sin tarjeta</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="49"/>
        <source>Holder is not the contact</source>
        <translation>El titular no es el contacto</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="50"/>
        <source>Charge date passed</source>
        <translation>Fecha de cobro vencida</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="51"/>
        <source>No price</source>
        <translation>Sin precio</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="58"/>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="59"/>
        <source>Renewal cycle</source>
        <translation>Ciclo de renovación</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="60"/>
        <source>Charge</source>
        <translation>Cobro</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="61"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="62"/>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="69"/>
        <source>purchase</source>
        <translation>compra</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="70"/>
        <source>manual renewal</source>
        <translation>renovación manual</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="71"/>
        <source>automatic renewal</source>
        <translation>renovación automática</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="72"/>
        <source>waiting for its check</source>
        <translation>pendiente de la verificación de la tarjeta</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="73"/>
        <source>card checked, notice sent</source>
        <translation>tarjeta verificada, aviso enviado</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="74"/>
        <source>charging</source>
        <translation>cobro en curso</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="75"/>
        <source>charged</source>
        <translation>cobrado</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="76"/>
        <source>charge failed</source>
        <translation>cobro fallido</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="77"/>
        <source>stopped at the card check</source>
        <translation>detenido en la verificación de la tarjeta</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="78"/>
        <source>needs attention</source>
        <translation>requiere atención</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="79"/>
        <source>no longer due</source>
        <translation>ya no procede</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="80"/>
        <source>waiting</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="81"/>
        <source>outcome unknown</source>
        <translation>resultado desconocido</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="82"/>
        <source>succeeded</source>
        <translation>realizado</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="83"/>
        <source>declined</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="84"/>
        <source>not sent to the gateway</source>
        <translation>no enviado a la pasarela de pago</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="85"/>
        <source>pre-charge notice</source>
        <translation>aviso previo al cobro</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="86"/>
        <source>card check failed</source>
        <translation>verificación de tarjeta fallida</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="87"/>
        <source>charge receipt</source>
        <translation>recibo de cobro</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="88"/>
        <source>charge failed, auto-renew stopped</source>
        <translation>cobro fallido, renovación automática detenida</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="89"/>
        <location filename="../desktop/ui/messages.py" line="91"/>
        <source>auto-renew switched off</source>
        <translation>renovación automática desactivada</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="90"/>
        <source>auto-renew switched on</source>
        <translation>renovación automática activada</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="92"/>
        <source>auto-renew settings changed</source>
        <translation>configuración de renovación automática modificada</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="93"/>
        <source>auto-renew stopped</source>
        <translation>renovación automática detenida</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="100"/>
        <source>Recurring payment needs a saved, valid card on the account</source>
        <translation>El pago recurrente requiere una tarjeta guardada y válida en la cuenta</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="103"/>
        <source>Recurring payment needs at least one order on the account</source>
        <translation>El pago recurrente requiere al menos un pedido en la cuenta</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="106"/>
        <source>The account has no service to renew</source>
        <translation>La cuenta no tiene servicios que renovar</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="107"/>
        <source>Your role may not do this</source>
        <translation>Su rol no tiene permiso para esta acción</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="114"/>
        <source>Something went wrong: {detail}</source>
        <translation>Se produjo un error: {detail}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="118"/>
        <source>Your role may not do this.</source>
        <translation>Su rol no tiene permiso para esta acción.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="119"/>
        <source>The name or the password is wrong.</source>
        <translation>El nombre o la contraseña no son correctos.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="120"/>
        <source>Too many failed attempts: this account is locked for 15 minutes.</source>
        <translation>Demasiados intentos fallidos: esta cuenta queda bloqueada durante 15 minutos.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="123"/>
        <source>Choose the card to charge.</source>
        <translation>Elija la tarjeta para el cobro.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="124"/>
        <source>Confirm that the card holder may pay for this billing contact.</source>
        <translation>Confirme que el titular de la tarjeta puede pagar por este contacto de facturación.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="127"/>
        <source>The card was refused ({reason}). Nothing was changed.</source>
        <translation>La tarjeta fue rechazada ({reason}). No se modificó nada.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="130"/>
        <source>Recurring payment is not available for this account.</source>
        <translation>El pago recurrente no está disponible para esta cuenta.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="133"/>
        <source>The payment gateway did not answer. Nothing was changed; try again.</source>
        <translation>La pasarela de pago no respondió. No se modificó nada; inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="136"/>
        <source>Tick at least one service.</source>
        <translation>Marque al menos un servicio.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="137"/>
        <source>The price list has no price for: {services}</source>
        <translation>La lista de precios no tiene precio para: {services}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="138"/>
        <source>The period must be 3, 12, 24 or 36 months.</source>
        <translation>El período debe ser de 3, 12, 24 o 36 meses.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="141"/>
        <source>At most {most} installments are allowed for this period.</source>
        <translation>Para este período se permiten como máximo {most} cuotas.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="144"/>
        <source>A domain renews for its last period in one payment.</source>
        <translation>Un dominio se renueva por su último período en un solo pago.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="147"/>
        <source>The password must have at least {minimum} characters.</source>
        <translation>La contraseña debe tener al menos {minimum} caracteres.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="150"/>
        <source>This name is taken.</source>
        <translation>Este nombre ya está en uso.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="151"/>
        <source>This name cannot be used.</source>
        <translation>Este nombre no se puede usar.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="152"/>
        <source>The file was refused ({count} problems). Nothing was changed.</source>
        <translation>El archivo fue rechazado ({count} problemas). No se modificó nada.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="158"/>
        <source>Refused: {code}</source>
        <translation>Rechazado: {code}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="173"/>
        <source>the card has expired</source>
        <translation>la tarjeta está vencida</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="174"/>
        <source>the card issuer declined it</source>
        <translation>el emisor de la tarjeta la rechazó</translation>
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
        <location filename="../desktop/ui/dialogs/service_page.py" line="44"/>
        <source>Renew automatically</source>
        <translation>Renovar automáticamente</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/service_page.py" line="48"/>
        <source>No card</source>
        <translation>Sin tarjeta</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/service_page.py" line="55"/>
        <source>Account holder ({name})</source>
        <translation>Titular de la cuenta ({name})</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs/service_page.py" line="61"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mes</numerusform>
            <numerusform>%n meses</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/service_page.py" line="73"/>
        <source>I have checked: this card may pay for this billing contact</source>
        <translation>Lo he comprobado: esta tarjeta puede pagar por este contacto de facturación</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/service_page.py" line="77"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/service_page.py" line="79"/>
        <source>Domain</source>
        <translation>Dominio</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/service_page.py" line="81"/>
        <source>Hosting ({plan})</source>
        <translation>Plan de alojamiento ({plan})</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/service_page.py" line="84"/>
        <source>Expires</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/service_page.py" line="85"/>
        <source>Next charge</source>
        <translation>Próximo cobro</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/service_page.py" line="87"/>
        <source>Stopped</source>
        <translation>Detenida</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/service_page.py" line="92"/>
        <source>Risk</source>
        <translation>Riesgo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/service_page.py" line="94"/>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/service_page.py" line="95"/>
        <source>Billing contact</source>
        <translation>Contacto de facturación</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/service_page.py" line="97"/>
        <location filename="../desktop/ui/dialogs/service_page.py" line="101"/>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/service_page.py" line="98"/>
        <source>Installments</source>
        <translation>Cuotas</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs/service_page.py" line="101"/>
        <source>%n month(s), in one payment</source>
        <translation>
            <numerusform>%n mes, en un solo pago</numerusform>
            <numerusform>%n meses, en un solo pago</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/service_page.py" line="109"/>
        <source>When</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/service_page.py" line="109"/>
        <source>What</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/service_page.py" line="109"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/service_page.py" line="117"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/service_page.py" line="180"/>
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
</TS>

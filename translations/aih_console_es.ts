<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>ApiProblem</name>
    <message>
        <source>The server cannot be reached.</source>
        <translation>No se puede acceder al servidor.</translation>
    </message>
    <message>
        <source>The server&apos;s identity could not be verified; the connection was refused.</source>
        <translation>No se pudo verificar la identidad del servidor; se rechazó la conexión.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>El servidor no respondió a tiempo.</translation>
    </message>
    <message>
        <source>The server redirected the request; check the server address.</source>
        <translation>El servidor redirigió la solicitud; compruebe la dirección del servidor.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>La solicitud se canceló.</translation>
    </message>
    <message>
        <source>The server sent a response the console does not understand.</source>
        <translation>El servidor envió una respuesta que la consola no entiende.</translation>
    </message>
    <message>
        <source>The file could not be written.</source>
        <translation>No se pudo escribir el archivo.</translation>
    </message>
    <message>
        <source>Your plan&apos;s limit is reached.</source>
        <translation>Se alcanzó el límite de su plan.</translation>
    </message>
    <message>
        <source>Your plan does not include this feature.</source>
        <translation>Su plan no incluye esta función.</translation>
    </message>
    <message>
        <source>This needs the %1 plan or higher.</source>
        <translation>Se necesita el plan %1 o superior.</translation>
    </message>
    <message>
        <source>The tenant must keep at least one active admin.</source>
        <translation>El inquilino debe conservar al menos un administrador activo.</translation>
    </message>
    <message>
        <source>The tenant, email or password is not right.</source>
        <translation>El inquilino, el correo o la contraseña no son correctos.</translation>
    </message>
    <message>
        <source>The server refused the input.</source>
        <translation>El servidor rechazó los datos.</translation>
    </message>
    <message>
        <source>You are not signed in, or your session has ended.</source>
        <translation>No ha iniciado sesión o su sesión ha terminado.</translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation>No tiene permiso para hacer esto.</translation>
    </message>
    <message>
        <source>Not found: it does not exist or is not visible to you.</source>
        <translation>No encontrado: no existe o no es visible para usted.</translation>
    </message>
    <message>
        <source>This conflicts with something that already exists.</source>
        <translation>Esto entra en conflicto con algo que ya existe.</translation>
    </message>
    <message>
        <source>What you sent is too large.</source>
        <translation>Lo que envió es demasiado grande.</translation>
    </message>
    <message numerus="yes">
        <source>Too many requests; try again in %n second(s).</source>
        <translation>
            <numerusform>Demasiadas solicitudes; vuelva a intentarlo en %n segundo.</numerusform>
            <numerusform>Demasiadas solicitudes; vuelva a intentarlo en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many requests; try again later.</source>
        <translation>Demasiadas solicitudes; vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>The server had a problem (HTTP %1).</source>
        <translation>El servidor tuvo un problema (HTTP %1).</translation>
    </message>
    <message>
        <source>The request failed (HTTP %1).</source>
        <translation>La solicitud falló (HTTP %1).</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>ID de solicitud: %1</translation>
    </message>
    <message>
        <source>The sign-in in the web browser did not complete.</source>
        <translation>El inicio de sesión en el navegador web no se completó.</translation>
    </message>
    <message>
        <source>This account signs in through single sign-on: use “Sign in with SSO”.</source>
        <translation>Esta cuenta inicia sesión con el inicio de sesión único: use «Iniciar sesión con SSO».</translation>
    </message>
    <message>
        <source>The identity provider could not be used.</source>
        <translation>No se pudo usar el proveedor de identidad.</translation>
    </message>
</context>
<context>
    <name>ServerProfile</name>
    <message>
        <source>Enter the server address, e.g. https://aih.example.com.</source>
        <translation>Introduzca la dirección del servidor, p. ej. https://aih.example.com.</translation>
    </message>
    <message>
        <source>The server address must start with https://.</source>
        <translation>La dirección del servidor debe empezar por https://.</translation>
    </message>
    <message>
        <source>The server address must not contain a user name, query or fragment.</source>
        <translation>La dirección del servidor no debe contener nombre de usuario, consulta ni fragmento.</translation>
    </message>
    <message>
        <source>Plain http:// is only allowed for this computer; use https:// for %1.</source>
        <translation>http:// sin cifrar solo se permite para este equipo; use https:// para %1.</translation>
    </message>
</context>
<context>
    <name>Translations</name>
    <message>
        <source>As the system</source>
        <translation>Como el sistema</translation>
    </message>
</context>
<context>
    <name>UserRules</name>
    <message>
        <source>Only admins and managers can add users.</source>
        <translation>Solo los administradores y gestores pueden añadir usuarios.</translation>
    </message>
    <message numerus="yes">
        <source>The %1 plan allows %n active user(s); upgrade the plan or deactivate someone first.</source>
        <translation>
            <numerusform>El plan %1 permite %n usuario activo; mejore el plan o desactive antes a alguien.</numerusform>
            <numerusform>El plan %1 permite %n usuarios activos; mejore el plan o desactive antes a alguien.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only admins can change roles.</source>
        <translation>Solo los administradores pueden cambiar roles.</translation>
    </message>
    <message>
        <source>%1 already has this role.</source>
        <translation>%1 ya tiene este rol.</translation>
    </message>
    <message>
        <source>%1 is the only active admin; make someone else admin first.</source>
        <translation>%1 es el único administrador activo; haga antes administrador a otra persona.</translation>
    </message>
    <message>
        <source>Only admins can deactivate or reactivate users.</source>
        <translation>Solo los administradores pueden desactivar o reactivar usuarios.</translation>
    </message>
    <message>
        <source>%1 is already active.</source>
        <translation>%1 ya está activo.</translation>
    </message>
    <message>
        <source>%1 is already deactivated.</source>
        <translation>%1 ya está desactivado.</translation>
    </message>
    <message>
        <source>The plan&apos;s user limit is reached.</source>
        <translation>Se alcanzó el límite de usuarios del plan.</translation>
    </message>
</context>
<context>
    <name>aih::console::ApiJob</name>
    <message>
        <source>The list has no data.</source>
        <translation>La lista no contiene datos.</translation>
    </message>
    <message>
        <source>The list repeats itself.</source>
        <translation>La lista se repite.</translation>
    </message>
</context>
<context>
    <name>aih::console::ApiKeyTableModel</name>
    <message>
        <source>Revoked</source>
        <translation>Revocada</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Caducada</translation>
    </message>
    <message>
        <source>Active (old secret valid until %1)</source>
        <translation>Activa (secreto anterior válido hasta %1)</translation>
    </message>
    <message>
        <source>Active, expires soon</source>
        <translation>Activa, caduca pronto</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>%1 / hour</source>
        <translation>%1 / hora</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Ámbitos</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation>Límite de frecuencia</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Llamadas</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Último uso</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Caduca</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>anywhere</source>
        <translation>cualquier lugar</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Redes</translation>
    </message>
</context>
<context>
    <name>aih::console::ApiKeysPage</name>
    <message>
        <source>Show every key of the tenant</source>
        <translation>Mostrar todas las claves del inquilino</translation>
    </message>
    <message>
        <source>New key</source>
        <translation>Nueva clave</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>Rotar</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Revocar</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>Claves de API</translation>
    </message>
    <message>
        <source>Loading API keys…</source>
        <translation>Cargando claves de API…</translation>
    </message>
    <message>
        <source>This hour the tenant has made %1 of %2 API calls; the window resets at %3.</source>
        <translation>En esta hora el inquilino ha hecho %1 de %2 llamadas a la API; la ventana se reinicia a las %3.</translation>
    </message>
    <message>
        <source>Create an API key (Ctrl+N)</source>
        <translation>Crear una clave de API (Ctrl+N)</translation>
    </message>
    <message>
        <source>API keys need the Basic plan or higher; see Billing.</source>
        <translation>Las claves de API necesitan el plan Basic o superior; vea Facturación.</translation>
    </message>
    <message>
        <source>Only the key&apos;s owner or an admin can do this.</source>
        <translation>Solo el propietario de la clave o un administrador puede hacerlo.</translation>
    </message>
    <message>
        <source>Rotating…</source>
        <translation>Rotando…</translation>
    </message>
    <message>
        <source>Revoke API key</source>
        <translation>Revocar la clave de API</translation>
    </message>
    <message>
        <source>Revoke %1? Programs using it are refused at once; this cannot be undone.</source>
        <translation>¿Revocar %1? Los programas que la usan se rechazan de inmediato; no se puede deshacer.</translation>
    </message>
    <message>
        <source>%1 was revoked.</source>
        <translation>%1 se revocó.</translation>
    </message>
    <message>
        <source>The rate-limit status is unavailable: %1</source>
        <translation>El estado del límite de frecuencia no está disponible: %1</translation>
    </message>
    <message>
        <source>Filter by name, prefix, scope or status</source>
        <translation>Filtrar por nombre, prefijo, ámbito o estado</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Export API keys</source>
        <translation>Exportar claves de API</translation>
    </message>
</context>
<context>
    <name>aih::console::AuditDetailDialog</name>
    <message>
        <source>Audit entry %1</source>
        <translation>Entrada de auditoría %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fallido: %1</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Actor</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>ID de solicitud</translation>
    </message>
    <message>
        <source>Everything recorded</source>
        <translation>Todo lo registrado</translation>
    </message>
    <message>
        <source>Actor ID</source>
        <translation>ID del actor</translation>
    </message>
</context>
<context>
    <name>aih::console::AuditPage</name>
    <message>
        <source>Load more</source>
        <translation>Cargar más</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Cualquier momento</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Últimas 24 horas</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Action, e.g. user.create</source>
        <translation>Acción, p. ej. user.create</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>Cualquier resultado</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Search (3 characters or more)</source>
        <translation>Buscar (3 caracteres o más)</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>As CSV…</source>
        <translation>Como CSV…</translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation>Verificar la cadena</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>Only admins can export the log or verify it.</source>
        <translation>Solo los administradores pueden exportar o verificar el registro.</translation>
    </message>
    <message>
        <source>Loading the audit log…</source>
        <translation>Cargando el registro de auditoría…</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Exportar el registro de auditoría</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON lines (*.jsonl *.json)</source>
        <translation>Líneas JSON (*.jsonl *.json)</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exportado a %1.</translation>
    </message>
    <message>
        <source>Verifying the chain…</source>
        <translation>Verificando la cadena…</translation>
    </message>
    <message>
        <source>✔ The chain is intact: %1 entries checked.</source>
        <translation>✔ La cadena está intacta: %1 entradas verificadas.</translation>
    </message>
    <message>
        <source>✘ The chain is broken at entry %1 (%2): %3</source>
        <translation>✘ La cadena está rota en la entrada %1 (%2): %3</translation>
    </message>
    <message>
        <source>As JSON lines…</source>
        <translation>Como líneas JSON…</translation>
    </message>
    <message>
        <source>Exporting the audit log</source>
        <translation>Exportando el registro de auditoría</translation>
    </message>
    <message>
        <source>Compliance report…</source>
        <translation>Informe de cumplimiento…</translation>
    </message>
</context>
<context>
    <name>aih::console::AuditTableModel</name>
    <message>
        <source>Succeeded</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Actor</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
</context>
<context>
    <name>aih::console::BillingPage</name>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>API calls this hour</source>
        <translation>Llamadas a la API en esta hora</translation>
    </message>
    <message>
        <source>Manage billing…</source>
        <translation>Gestionar la facturación…</translation>
    </message>
    <message>
        <source>the billing portal</source>
        <translation>el portal de facturación</translation>
    </message>
    <message>
        <source>Current plan</source>
        <translation>Plan actual</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Planes</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Facturación</translation>
    </message>
    <message>
        <source>Only admins can manage billing.</source>
        <translation>Solo los administradores pueden gestionar la facturación.</translation>
    </message>
    <message>
        <source>%1 plan, %2</source>
        <translation>Plan %1, %2</translation>
    </message>
    <message>
        <source>Loading plans…</source>
        <translation>Cargando planes…</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>This server does not offer billing yet (GET /api/billing/plans).</source>
        <translation>Este servidor aún no ofrece facturación (GET /api/billing/plans).</translation>
    </message>
    <message>
        <source>Ends on %1</source>
        <translation>Termina el %1</translation>
    </message>
    <message>
        <source>Renews on %1</source>
        <translation>Se renueva el %1</translation>
    </message>
    <message>
        <source>Payment overdue: features stay until %1</source>
        <translation>Pago vencido: las funciones siguen hasta el %1</translation>
    </message>
    <message>
        <source>Last payment succeeded on %1</source>
        <translation>Último pago correcto el %1</translation>
    </message>
    <message>
        <source>Last payment failed on %1</source>
        <translation>Último pago fallido el %1</translation>
    </message>
    <message>
        <source>Stripe Checkout</source>
        <translation>Stripe Checkout</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Abriendo %1…</translation>
    </message>
    <message>
        <source>%1 opened in your browser. Refresh this page when you are done.</source>
        <translation>%1 se abrió en su navegador. Actualice esta página cuando termine.</translation>
    </message>
    <message>
        <source>No browser could open %1.</source>
        <translation>Ningún navegador pudo abrir %1.</translation>
    </message>
    <message>
        <source>API calls this billing period</source>
        <translation>Llamadas a la API en este periodo de facturación</translation>
    </message>
    <message>
        <source>The period ends %1.</source>
        <translation>El periodo termina el %1.</translation>
    </message>
</context>
<context>
    <name>aih::console::BrandingPage</name>
    <message>
        <source>Upload logo…</source>
        <translation>Subir logotipo…</translation>
    </message>
    <message>
        <source>Upload favicon…</source>
        <translation>Subir favicon…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revertir</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Nombre de la empresa</translation>
    </message>
    <message>
        <source>Primary colour</source>
        <translation>Color principal</translation>
    </message>
    <message>
        <source>Secondary colour</source>
        <translation>Color secundario</translation>
    </message>
    <message>
        <source>Accent colour</source>
        <translation>Color de acento</translation>
    </message>
    <message>
        <source>Welcome message</source>
        <translation>Mensaje de bienvenida</translation>
    </message>
    <message>
        <source>Footer text</source>
        <translation>Texto del pie de página</translation>
    </message>
    <message>
        <source>Portal shows</source>
        <translation>El portal muestra</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Imágenes</translation>
    </message>
    <message>
        <source>Custom CSS</source>
        <translation>CSS personalizado</translation>
    </message>
    <message>
        <source>Portal preview</source>
        <translation>Vista previa del portal</translation>
    </message>
    <message>
        <source>Page HTML</source>
        <translation>HTML de la página</translation>
    </message>
    <message>
        <source>Stylesheet</source>
        <translation>Hoja de estilo</translation>
    </message>
    <message>
        <source>Branding</source>
        <translation>Imagen de marca</translation>
    </message>
    <message>
        <source>Loading branding…</source>
        <translation>Cargando la imagen de marca…</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Sin logotipo</translation>
    </message>
    <message>
        <source>Logo set</source>
        <translation>Logotipo definido</translation>
    </message>
    <message>
        <source>No favicon</source>
        <translation>Sin favicon</translation>
    </message>
    <message>
        <source>Favicon set</source>
        <translation>Favicon definido</translation>
    </message>
    <message>
        <source>Meditations</source>
        <translation>Meditaciones</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Orientación</translation>
    </message>
    <message>
        <source>Hide the AI Heart mark</source>
        <translation>Ocultar la marca AI Heart</translation>
    </message>
    <message>
        <source>Branding needs the Pro plan or higher. &lt;a href=&quot;billing&quot;&gt;See plans&lt;/a&gt;</source>
        <translation>La imagen de marca necesita el plan Pro o superior. &lt;a href=&quot;billing&quot;&gt;Ver planes&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Only admins can change the branding.</source>
        <translation>Solo los administradores pueden cambiar la imagen de marca.</translation>
    </message>
    <message>
        <source>Custom CSS needs the Enterprise plan.</source>
        <translation>El CSS personalizado necesita el plan Enterprise.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
    <message>
        <source>Left out of the CSS:
%1</source>
        <translation>Eliminado del CSS:
%1</translation>
    </message>
    <message>
        <source>Saving branding…</source>
        <translation>Guardando la imagen de marca…</translation>
    </message>
    <message>
        <source>Branding saved; the portal shows it now.</source>
        <translation>Imagen de marca guardada; el portal ya la muestra.</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Elegir un logotipo</translation>
    </message>
    <message>
        <source>Choose a favicon</source>
        <translation>Elegir un favicon</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.webp)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.webp)</translation>
    </message>
    <message>
        <source>Icons (*.ico *.png)</source>
        <translation>Iconos (*.ico *.png)</translation>
    </message>
    <message>
        <source>%1 cannot be read, or is larger than 4 MB.</source>
        <translation>No se puede leer %1 o supera los 4 MB.</translation>
    </message>
    <message>
        <source>Uploading…</source>
        <translation>Subiendo…</translation>
    </message>
    <message>
        <source>The logo was uploaded.</source>
        <translation>Se subió el logotipo.</translation>
    </message>
    <message>
        <source>The favicon was uploaded.</source>
        <translation>Se subió el favicon.</translation>
    </message>
</context>
<context>
    <name>aih::console::CallsChart</name>
    <message>
        <source>API calls</source>
        <translation>Llamadas a la API</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Llamadas</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Errores</translation>
    </message>
</context>
<context>
    <name>aih::console::ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Cambiar la contraseña</translation>
    </message>
    <message>
        <source>At least 12 characters</source>
        <translation>Al menos 12 caracteres</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Contraseña actual</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Contraseña nueva</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Repite la contraseña nueva</translation>
    </message>
    <message>
        <source>Your other sessions end when the password changes.</source>
        <translation>Tus otras sesiones terminan cuando cambia la contraseña.</translation>
    </message>
    <message>
        <source>Enter the current password and the new one.</source>
        <translation>Escribe la contraseña actual y la nueva.</translation>
    </message>
    <message>
        <source>The new password and its repetition differ.</source>
        <translation>La contraseña nueva y su repetición no coinciden.</translation>
    </message>
</context>
<context>
    <name>aih::console::CloseTenantDialog</name>
    <message>
        <source>Close %1</source>
        <translation>Cerrar %1</translation>
    </message>
    <message>
        <source>Closing suspends %1 at once and writes an archive of all its data, which you can download here. When the grace period ends, its users, keys, usage and settings are deleted; its audit trail stays with the personal data in it made unreadable. Reactivating it before then cancels the closing.</source>
        <translation>Cerrar suspende %1 de inmediato y escribe un archivo con todos sus datos, que puede descargar aquí. Al terminar el periodo de gracia se eliminan sus usuarios, claves, uso y ajustes; su registro de auditoría se conserva con los datos personales ilegibles. Reactivarlo antes cancela el cierre.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Grace period</source>
        <translation>Periodo de gracia</translation>
    </message>
    <message>
        <source>Type %1 to confirm</source>
        <translation>Escriba %1 para confirmar</translation>
    </message>
    <message>
        <source>Close tenant</source>
        <translation>Cerrar inquilino</translation>
    </message>
</context>
<context>
    <name>aih::console::ColourField</name>
    <message>
        <source>Choose a colour</source>
        <translation>Elegir un color</translation>
    </message>
</context>
<context>
    <name>aih::console::ComplianceReportDialog</name>
    <message>
        <source>Build report</source>
        <translation>Generar informe</translation>
    </message>
    <message>
        <source>Compliance report</source>
        <translation>Informe de cumplimiento</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Failed sign-ins</source>
        <translation>Inicios de sesión fallidos</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Cadena</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Fallos</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>By action</source>
        <translation>Por acción</translation>
    </message>
    <message>
        <source>Admin actions</source>
        <translation>Acciones de administradores</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>Claves de API</translation>
    </message>
    <message>
        <source>Building the report…</source>
        <translation>Generando el informe…</translation>
    </message>
    <message>
        <source>From %1 to %2, whole days</source>
        <translation>Del %1 al %2, días completos</translation>
    </message>
    <message>
        <source>%1, of which %2 failed</source>
        <translation>%1, de los que %2 fallaron</translation>
    </message>
    <message>
        <source>%1 on %2 accounts</source>
        <translation>%1 en %2 cuentas</translation>
    </message>
    <message>
        <source>no checkpoint signed yet</source>
        <translation>aún no hay ningún punto de control firmado</translation>
    </message>
    <message>
        <source>newest checkpoint at entry %1, signed %2 with key %3</source>
        <translation>último punto de control en la entrada %1, firmado el %2 con la clave %3</translation>
    </message>
    <message>
        <source>%1 entries; %2</source>
        <translation>%1 entradas; %2</translation>
    </message>
</context>
<context>
    <name>aih::console::ConnectionDialog</name>
    <message>
        <source>Remove the stored secret (a public client)</source>
        <translation>Quitar el secreto guardado (cliente público)</translation>
    </message>
    <message>
        <source>Members can sign in through this connection</source>
        <translation>Los miembros pueden iniciar sesión mediante esta conexión</translation>
    </message>
    <message>
        <source>Require single sign-on for addresses in the verified domains</source>
        <translation>Exigir el inicio de sesión único para las direcciones de los dominios verificados</translation>
    </message>
    <message>
        <source>Edit connection</source>
        <translation>Editar la conexión</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Nueva conexión</translation>
    </message>
    <message>
        <source>The role of a member none of whose groups is mapped, and of new accounts when no group is.</source>
        <translation>El rol de un miembro sin ningún grupo asignado, y el de las cuentas nuevas cuando no hay ningún grupo asignado.</translation>
    </message>
    <message>
        <source>Password sign-in is refused for these addresses, except for the break-glass admin.</source>
        <translation>Se rechaza el inicio de sesión con contraseña para estas direcciones, salvo para el administrador de emergencia.</translation>
    </message>
    <message>
        <source>Without a break-glass admin nobody in the verified domains can sign in with a password; if the identity provider fails, the tenant is locked out.</source>
        <translation>Sin un administrador de emergencia, nadie de los dominios verificados puede iniciar sesión con contraseña; si el proveedor de identidad falla, el inquilino queda bloqueado.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Add connection</source>
        <translation>Añadir la conexión</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Emisor</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID de cliente</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secreto de cliente</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Ámbitos</translation>
    </message>
    <message>
        <source>Groups claim</source>
        <translation>Claim de grupos</translation>
    </message>
    <message>
        <source>Group roles</source>
        <translation>Roles de los grupos</translation>
    </message>
    <message>
        <source>Default role</source>
        <translation>Rol predeterminado</translation>
    </message>
    <message>
        <source>Break-glass admin</source>
        <translation>Administrador de emergencia</translation>
    </message>
    <message>
        <source>Redirect URI</source>
        <translation>URI de redirección</translation>
    </message>
    <message>
        <source>Discovery URL</source>
        <translation>URL de descubrimiento</translation>
    </message>
    <message>
        <source>None: a public client, protected by PKCE</source>
        <translation>Ninguno: un cliente público, protegido por PKCE</translation>
    </message>
    <message>
        <source>Unchanged (a secret is stored)</source>
        <translation>Sin cambios (hay un secreto guardado)</translation>
    </message>
    <message>
        <source>None (a public client)</source>
        <translation>Ninguno (un cliente público)</translation>
    </message>
    <message>
        <source>Not an active admin (%1)</source>
        <translation>No es un administrador activo (%1)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nadie</translation>
    </message>
    <message>
        <source>OpenID Connect</source>
        <translation>OpenID Connect</translation>
    </message>
    <message>
        <source>SAML 2.0</source>
        <translation>SAML 2.0</translation>
    </message>
    <message>
        <source>A connection keeps its protocol; add a new one to change it.</source>
        <translation>Una conexión conserva su protocolo; añada una nueva para cambiarlo.</translation>
    </message>
    <message>
        <source>Paste the identity provider&apos;s SAML metadata (XML), as Okta, Entra ID or Google Workspace offer it for download.</source>
        <translation>Pegue los metadatos SAML (XML) del proveedor de identidad, tal como Okta, Entra ID o Google Workspace los ofrecen para descargar.</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocolo</translation>
    </message>
    <message>
        <source>Identity provider metadata</source>
        <translation>Metadatos del proveedor de identidad</translation>
    </message>
    <message>
        <source>ACS URL</source>
        <translation>URL de ACS</translation>
    </message>
    <message>
        <source>Entity ID and metadata URL</source>
        <translation>ID de entidad y URL de metadatos</translation>
    </message>
    <message>
        <source>Groups attribute</source>
        <translation>Atributo de grupos</translation>
    </message>
</context>
<context>
    <name>aih::console::ConnectionTestDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Test %1</source>
        <translation>Probar %1</translation>
    </message>
    <message>
        <source>The web browser could not be opened.</source>
        <translation>No se pudo abrir el navegador web.</translation>
    </message>
    <message>
        <source>Sign in at the identity provider in your web browser, as a member of the tenant would. Nobody is signed in by the test; this shows what the provider sent.</source>
        <translation>Inicie sesión en el proveedor de identidad en su navegador web, como lo haría un miembro del inquilino. La prueba no inicia la sesión de nadie; aquí se ve lo que envió el proveedor.</translation>
    </message>
    <message>
        <source>The identity provider&apos;s answer was not accepted: %1</source>
        <translation>No se aceptó la respuesta del proveedor de identidad: %1</translation>
    </message>
    <message>
        <source>The identity provider&apos;s answer was accepted.</source>
        <translation>Se aceptó la respuesta del proveedor de identidad.</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Emisor</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Sujeto</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>%1 (verified)</source>
        <translation>%1 (verificado)</translation>
    </message>
    <message>
        <source>%1 (not verified)</source>
        <translation>%1 (sin verificar)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupos</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Maps to role</source>
        <translation>Rol asignado</translation>
    </message>
    <message>
        <source>The test was cancelled.</source>
        <translation>La prueba se canceló.</translation>
    </message>
</context>
<context>
    <name>aih::console::CopyableField</name>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
</context>
<context>
    <name>aih::console::CreateKeyDialog</name>
    <message>
        <source>read</source>
        <translation>lectura</translation>
    </message>
    <message>
        <source>write</source>
        <translation>escritura</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>administración</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>Caduca el</translation>
    </message>
    <message>
        <source>New API key</source>
        <translation>Nueva clave de API</translation>
    </message>
    <message>
        <source>Only admins and managers can hold keys with the admin scope.</source>
        <translation>Solo los administradores y gestores pueden tener claves con el ámbito admin.</translation>
    </message>
    <message>
        <source>Plan limit (%1 per hour)</source>
        <translation>Límite del plan (%1 por hora)</translation>
    </message>
    <message>
        <source> per hour</source>
        <translation> por hora</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Producción</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <source>Create key</source>
        <translation>Crear clave</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Ámbitos</translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation>Límite de frecuencia</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Caducidad</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <source>Anywhere, or CIDR blocks: 203.0.113.0/24, 2001:db8::/32</source>
        <translation>Cualquier lugar, o bloques CIDR: 203.0.113.0/24, 2001:db8::/32</translation>
    </message>
    <message>
        <source>Requests with the key from any other address are refused. Up to 32 blocks, separated by commas or spaces.</source>
        <translation>Las solicitudes con la clave desde cualquier otra dirección se rechazan. Hasta 32 bloques, separados por comas o espacios.</translation>
    </message>
    <message>
        <source>Allowed networks</source>
        <translation>Redes permitidas</translation>
    </message>
    <message>
        <source>At most 32 networks.</source>
        <translation>Como máximo 32 redes.</translation>
    </message>
    <message>
        <source>%1 is not a network; write it as 203.0.113.0/24.</source>
        <translation>%1 no es una red; escríbala como 203.0.113.0/24.</translation>
    </message>
    <message>
        <source>No burst limit</source>
        <translation>Sin límite de ráfaga</translation>
    </message>
    <message>
        <source> per second</source>
        <translation> por segundo</translation>
    </message>
    <message>
        <source>Calls beyond this many in a second are refused with 429, on each server.</source>
        <translation>Las llamadas que superen este número por segundo se rechazan con 429, en cada servidor.</translation>
    </message>
    <message>
        <source>Burst limit</source>
        <translation>Límite de ráfaga</translation>
    </message>
</context>
<context>
    <name>aih::console::CreateUserDialog</name>
    <message>
        <source>New user</source>
        <translation>Nuevo usuario</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>This is not an email address.</source>
        <translation>Esto no es una dirección de correo.</translation>
    </message>
    <message>
        <source>A password needs 10 to 256 characters.</source>
        <translation>Una contraseña necesita de 10 a 256 caracteres.</translation>
    </message>
    <message>
        <source>Empty: mail an invitation instead</source>
        <translation>Vacío: enviar una invitación en su lugar</translation>
    </message>
</context>
<context>
    <name>aih::console::CredentialStore</name>
    <message>
        <source>The secret is too large for the system keychain.</source>
        <translation>El secreto es demasiado grande para el llavero del sistema.</translation>
    </message>
</context>
<context>
    <name>aih::console::DashboardPage</name>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>Claves de API</translation>
    </message>
    <message>
        <source>API calls this hour</source>
        <translation>Llamadas a la API en esta hora</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Últimas 24 horas</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Últimos 90 días</translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation>Actualizar (F5)</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Periodo:</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Resets at %1</source>
        <translation>Se reinicia a las %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Analytics are for admins and managers.</source>
        <translation>Las analíticas son para administradores y gestores.</translation>
    </message>
    <message>
        <source>Loading analytics…</source>
        <translation>Cargando analíticas…</translation>
    </message>
    <message>
        <source>This server does not offer analytics yet (GET /api/enterprise/admin/analytics).</source>
        <translation>Este servidor aún no ofrece analíticas (GET /api/enterprise/admin/analytics).</translation>
    </message>
    <message>
        <source>active users on the plan</source>
        <translation>usuarios activos del plan</translation>
    </message>
    <message numerus="yes">
        <source>%n active</source>
        <translation>
            <numerusform>%n activa</numerusform>
            <numerusform>%n activas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>aih::console::DomainPage</name>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Check DNS now</source>
        <translation>Comprobar el DNS ahora</translation>
    </message>
    <message>
        <source>Remove domain</source>
        <translation>Quitar el dominio</translation>
    </message>
    <message>
        <source>Custom domain</source>
        <translation>Dominio propio</translation>
    </message>
    <message>
        <source>Serve your branded portal on a domain of your own, such as portal.example.com. Point the domain at the platform (a CNAME record), save it here, and publish the TXT record shown below to prove that it is yours.</source>
        <translation>Sirve tu portal con tu marca en un dominio propio, como portal.example.com. Apunta el dominio a la plataforma (un registro CNAME), guárdalo aquí y publica el registro TXT de abajo para demostrar que es tuyo.</translation>
    </message>
    <message>
        <source>Proof of ownership</source>
        <translation>Prueba de propiedad</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Dominio</translation>
    </message>
    <message>
        <source>Loading the custom domain…</source>
        <translation>Cargando el dominio propio…</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is verified and serves your portal.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; está verificado y sirve tu portal.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is waiting for its proof: add this record at your DNS provider, then check.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; espera su prueba: añade este registro en tu proveedor de DNS y luego comprueba.</translation>
    </message>
    <message>
        <source>Verified %1.</source>
        <translation>Verificado el %1.</translation>
    </message>
    <message>
        <source>Last checked %1: %2</source>
        <translation>Última comprobación el %1: %2</translation>
    </message>
    <message>
        <source>the record was not found yet.</source>
        <translation>el registro aún no se ha encontrado.</translation>
    </message>
    <message>
        <source>Not checked yet. DNS changes can take a while to be seen.</source>
        <translation>Aún no comprobado. Los cambios de DNS pueden tardar en verse.</translation>
    </message>
    <message>
        <source>Saved. Publish the TXT record below, then check DNS.</source>
        <translation>Guardado. Publica el registro TXT de abajo y luego comprueba el DNS.</translation>
    </message>
    <message>
        <source>Replace custom domain</source>
        <translation>Sustituir el dominio propio</translation>
    </message>
    <message>
        <source>%1 serves your portal now. Replace it with %2? The portal stops answering on %1 until the new domain is verified.</source>
        <translation>%1 sirve tu portal ahora. ¿Sustituirlo por %2? El portal deja de responder en %1 hasta que se verifique el nuevo dominio.</translation>
    </message>
    <message>
        <source>Looking the TXT record up…</source>
        <translation>Buscando el registro TXT…</translation>
    </message>
    <message>
        <source>Verified: the domain serves your portal.</source>
        <translation>Verificado: el dominio sirve tu portal.</translation>
    </message>
    <message>
        <source>Remove custom domain</source>
        <translation>Quitar el dominio propio</translation>
    </message>
    <message>
        <source>Stop serving the portal on %1 and forget it? Its TXT record can go too.</source>
        <translation>¿Dejar de servir el portal en %1 y olvidarlo? Su registro TXT también puede quitarse.</translation>
    </message>
    <message>
        <source>The custom domain is removed.</source>
        <translation>El dominio propio se ha quitado.</translation>
    </message>
</context>
<context>
    <name>aih::console::DomainsPanel</name>
    <message>
        <source>Email domains</source>
        <translation>Dominios de correo</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Reclamar</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Verificar</translation>
    </message>
    <message>
        <source>Give up</source>
        <translation>Renunciar</translation>
    </message>
    <message>
        <source>example.com: the part of the members&apos; addresses after @</source>
        <translation>example.com: la parte de las direcciones de los miembros tras la @</translation>
    </message>
    <message>
        <source>Select a domain to see the record that proves it is yours</source>
        <translation>Seleccione un dominio para ver el registro que demuestra que es suyo</translation>
    </message>
    <message>
        <source>TXT record name</source>
        <translation>Nombre del registro TXT</translation>
    </message>
    <message>
        <source>TXT record value</source>
        <translation>Valor del registro TXT</translation>
    </message>
    <message>
        <source>Publish the TXT record shown for %1, then verify the domain.</source>
        <translation>Publique el registro TXT que se muestra para %1 y después verifique el dominio.</translation>
    </message>
    <message>
        <source>%1 is verified: its addresses sign in through this tenant.</source>
        <translation>%1 está verificado: sus direcciones inician sesión a través de este inquilino.</translation>
    </message>
    <message>
        <source>Give up a domain</source>
        <translation>Renunciar a un dominio</translation>
    </message>
    <message>
        <source>Give up %1? Its addresses can no longer start single sign-on by email, and SSO is no longer required of them.</source>
        <translation>¿Renunciar a %1? Sus direcciones ya no podrán empezar el inicio de sesión único por correo, y ya no se les exigirá SSO.</translation>
    </message>
    <message>
        <source>%1 was given up.</source>
        <translation>Se renunció a %1.</translation>
    </message>
</context>
<context>
    <name>aih::console::EndpointDialog</name>
    <message>
        <source>Every event, including types added later</source>
        <translation>Todos los eventos, incluidos los tipos que se añadan</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Add endpoint</source>
        <translation>Añadir endpoint</translation>
    </message>
    <message>
        <source>Edit webhook endpoint</source>
        <translation>Editar endpoint de webhook</translation>
    </message>
    <message>
        <source>New webhook endpoint</source>
        <translation>Nuevo endpoint de webhook</translation>
    </message>
    <message>
        <source>Deliveries are signed with the endpoint&apos;s secret in Stripe&apos;s scheme (header AIH-Signature); Stripe&apos;s libraries verify them.</source>
        <translation>Los envíos se firman con el secreto del endpoint según el esquema de Stripe (cabecera AIH-Signature); las bibliotecas de Stripe los verifican.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
</context>
<context>
    <name>aih::console::EraseUserDialog</name>
    <message>
        <source>Erase</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation>Borrar los datos personales</translation>
    </message>
    <message>
        <source>Erase everything the tenant holds about &lt;b&gt;%1&lt;/b&gt;: name, address, sign-in methods, sessions and API keys. Audit entries stay, naming an anonymous stand-in instead. This cannot be undone; export the data first if the person asked for a copy.</source>
        <translation>Borrar todo lo que el inquilino guarda sobre &lt;b&gt;%1&lt;/b&gt;: nombre, dirección, métodos de inicio de sesión, sesiones y claves de API. Las entradas de auditoría se quedan y nombran en su lugar a un sustituto anónimo. No se puede deshacer; exporta antes los datos si la persona pidió una copia.</translation>
    </message>
    <message>
        <source>Type the address to confirm:</source>
        <translation>Escribe la dirección para confirmar:</translation>
    </message>
</context>
<context>
    <name>aih::console::FileDownload</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Descarga</translation>
    </message>
    <message>
        <source>%1… %2 received</source>
        <translation>%1… %2 recibidos</translation>
    </message>
</context>
<context>
    <name>aih::console::InvitationsPanel</name>
    <message>
        <source>Resend</source>
        <translation>Reenviar</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Revocar</translation>
    </message>
    <message>
        <source>Invited email</source>
        <translation>Correo invitado</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Link expires</source>
        <translation>El enlace caduca</translation>
    </message>
    <message numerus="yes">
        <source>Pending invitations: %n</source>
        <translation>
            <numerusform>Invitaciones pendientes: %n</numerusform>
            <numerusform>Invitaciones pendientes: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Caducado</translation>
    </message>
    <message>
        <source>A new invitation was mailed to %1; the earlier link no longer works.</source>
        <translation>Se ha enviado una invitación nueva a %1; el enlace anterior ya no funciona.</translation>
    </message>
    <message>
        <source>Revoke invitation</source>
        <translation>Revocar la invitación</translation>
    </message>
    <message>
        <source>Revoke the invitation of %1? Its link stops working at once.</source>
        <translation>¿Revocar la invitación de %1? Su enlace deja de funcionar en el acto.</translation>
    </message>
    <message>
        <source>The invitation of %1 was revoked.</source>
        <translation>Se ha revocado la invitación de %1.</translation>
    </message>
</context>
<context>
    <name>aih::console::KeySecretDialog</name>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>API key created</source>
        <translation>Clave de API creada</translation>
    </message>
    <message>
        <source>The key &lt;b&gt;%1&lt;/b&gt; is ready.</source>
        <translation>La clave &lt;b&gt;%1&lt;/b&gt; está lista.</translation>
    </message>
    <message>
        <source>Store this key now, in a password manager or your program&apos;s secret store. It is shown only this once and cannot be recovered; if it is lost, rotate the key to get a new one.</source>
        <translation>Guarde esta clave ahora, en un gestor de contraseñas o en el almacén de secretos de su programa. Solo se muestra esta vez y no se puede recuperar; si se pierde, rote la clave para obtener una nueva.</translation>
    </message>
    <message>
        <source>I have stored the key</source>
        <translation>He guardado la clave</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiada</translation>
    </message>
</context>
<context>
    <name>aih::console::LimitsDialog</name>
    <message>
        <source>Limits of %1</source>
        <translation>Límites de %1</translation>
    </message>
    <message>
        <source>A custom deal may set any limit above or below the plan&apos;s. Limits not overridden follow the plan, also when it changes.</source>
        <translation>Un acuerdo a medida puede fijar cualquier límite por encima o por debajo del plan. Los límites no sustituidos siguen al plan, también cuando cambia.</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>API calls per hour</source>
        <translation>Llamadas a la API por hora</translation>
    </message>
    <message>
        <source>API calls per month</source>
        <translation>Llamadas a la API por mes</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>Sustituir</translation>
    </message>
    <message>
        <source>plan: %1</source>
        <translation>plan: %1</translation>
    </message>
    <message>
        <source>Override: %1</source>
        <translation>Sustituir: %1</translation>
    </message>
</context>
<context>
    <name>aih::console::LoopbackSignIn</name>
    <message numerus="yes">
        <source>It was not finished within %n minute(s).</source>
        <translation>
            <numerusform>No se terminó en %n minuto.</numerusform>
            <numerusform>No se terminó en %n minutos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The console could not listen on 127.0.0.1: %1</source>
        <translation>La consola no pudo escuchar en 127.0.0.1: %1</translation>
    </message>
    <message>
        <source>Request too large</source>
        <translation>Solicitud demasiado grande</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
    <message>
        <source>Not this sign-in</source>
        <translation>No es este inicio de sesión</translation>
    </message>
    <message>
        <source>This page does not belong to the sign-in AI Heart Console is waiting for.</source>
        <translation>Esta página no corresponde al inicio de sesión que espera AI Heart Console.</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Sesión iniciada</translation>
    </message>
    <message>
        <source>You can close this window and return to AI Heart Console.</source>
        <translation>Puede cerrar esta ventana y volver a AI Heart Console.</translation>
    </message>
    <message>
        <source>The sign-in did not complete</source>
        <translation>El inicio de sesión no se completó</translation>
    </message>
    <message>
        <source>AI Heart Console shows why. You can close this window.</source>
        <translation>AI Heart Console muestra el motivo. Puede cerrar esta ventana.</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <source>This page carries neither a code nor an error.</source>
        <translation>Esta página no contiene ni un código ni un error.</translation>
    </message>
</context>
<context>
    <name>aih::console::MainWindow</name>
    <message>
        <source>AI Heart Console</source>
        <translation>Consola AI Heart</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Iniciar sesión…</translation>
    </message>
    <message>
        <source>You are signed out.</source>
        <translation>Ha cerrado la sesión.</translation>
    </message>
    <message>
        <source>Your session has ended: %1</source>
        <translation>Su sesión ha terminado: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Cerrar sesión</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ctualizar</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>Acerca &amp;de</translation>
    </message>
    <message>
        <source>About AI Heart Console</source>
        <translation>Acerca de la consola AI Heart</translation>
    </message>
    <message>
        <source>&lt;b&gt;AI Heart Console&lt;/b&gt; %1&lt;br&gt;The operator console for aih servers.</source>
        <translation>&lt;b&gt;Consola AI Heart&lt;/b&gt; %1&lt;br&gt;La consola de operación de los servidores aih.</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Sesión cerrada</translation>
    </message>
    <message>
        <source>%1 (%2) · %3 · %4 plan</source>
        <translation>%1 (%2) · %3 · plan %4</translation>
    </message>
    <message>
        <source>%1 — offline</source>
        <translation>%1 — sin conexión</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Cuenta</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>Cambiar la &amp;contraseña…</translation>
    </message>
    <message>
        <source>The password is changed; your other sessions have ended.</source>
        <translation>La contraseña ha cambiado; tus otras sesiones han terminado.</translation>
    </message>
    <message>
        <source>&amp;Two-factor authentication…</source>
        <translation>Autenticación de &amp;dos factores…</translation>
    </message>
    <message>
        <source>&amp;Sessions…</source>
        <translation>&amp;Sesiones…</translation>
    </message>
    <message>
        <source>This account signs in with a code from an authenticator app as well.</source>
        <translation>Esta cuenta inicia sesión también con un código de una aplicación de autenticación.</translation>
    </message>
    <message>
        <source>Signing in as %1…</source>
        <translation>Iniciando sesión como %1…</translation>
    </message>
    <message>
        <source>Two-factor authentication is required</source>
        <translation>La autenticación de dos factores es obligatoria</translation>
    </message>
    <message>
        <source>%1 (%2) · platform operator</source>
        <translation>%1 (%2) · operador de la plataforma</translation>
    </message>
    <message>
        <source>Platform admin</source>
        <translation>Admin de la plataforma</translation>
    </message>
    <message>
        <source>Platform support</source>
        <translation>Soporte de la plataforma</translation>
    </message>
</context>
<context>
    <name>aih::console::OperatorTableModel</name>
    <message>
        <source>Platform admin</source>
        <translation>Administrador de la plataforma</translation>
    </message>
    <message>
        <source>Platform support</source>
        <translation>Soporte de la plataforma</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Operator role</source>
        <translation>Rol de operador</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Último inicio de sesión</translation>
    </message>
</context>
<context>
    <name>aih::console::OperatorsPage</name>
    <message>
        <source>Invite</source>
        <translation>Invitar</translation>
    </message>
    <message>
        <source>Switch role…</source>
        <translation>Cambiar rol…</translation>
    </message>
    <message>
        <source>Deactivate…</source>
        <translation>Desactivar…</translation>
    </message>
    <message>
        <source>Invite an operator</source>
        <translation>Invitar a un operador</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nombre@example.com</translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>Operadores</translation>
    </message>
    <message>
        <source>Loading the operators…</source>
        <translation>Cargando los operadores…</translation>
    </message>
    <message>
        <source>%1 is invited: they choose a password through the mailed link and set up a second factor before acting.</source>
        <translation>%1 está invitado: elige una contraseña con el enlace enviado y configura un segundo factor antes de actuar.</translation>
    </message>
    <message>
        <source>Switch operator role</source>
        <translation>Cambiar el rol del operador</translation>
    </message>
    <message>
        <source>Make %1 %2? It applies at once, on every server.</source>
        <translation>¿Hacer a %1 %2? Se aplica de inmediato, en cada servidor.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 es ahora %2.</translation>
    </message>
    <message>
        <source>Reactivate %1? They can sign in again.</source>
        <translation>¿Reactivar a %1? Podrá iniciar sesión de nuevo.</translation>
    </message>
    <message>
        <source>Deactivate %1? Their sessions end at once, and so do the support views they opened.</source>
        <translation>¿Desactivar a %1? Sus sesiones terminan de inmediato, y también las vistas de soporte que abrió.</translation>
    </message>
    <message>
        <source>Reactivate operator</source>
        <translation>Reactivar operador</translation>
    </message>
    <message>
        <source>Deactivate operator</source>
        <translation>Desactivar operador</translation>
    </message>
    <message>
        <source>%1 is active again.</source>
        <translation>%1 vuelve a estar activo.</translation>
    </message>
    <message>
        <source>%1 is deactivated.</source>
        <translation>%1 está desactivado.</translation>
    </message>
    <message>
        <source>Reactivate…</source>
        <translation>Reactivar…</translation>
    </message>
    <message>
        <source>Platform support is read-only.</source>
        <translation>El soporte de la plataforma es de solo lectura.</translation>
    </message>
    <message>
        <source>Erase personal data…</source>
        <translation>Borrar datos personales…</translation>
    </message>
    <message>
        <source>Erase operator&apos;s personal data</source>
        <translation>Borrar los datos personales del operador</translation>
    </message>
    <message>
        <source>Erase the personal data of %1? Their address, name, sessions and second factors go for good; what they did stays in the audit trails under their account&apos;s id. This cannot be undone.</source>
        <translation>¿Borrar los datos personales de %1? Su dirección, nombre, sesiones y segundos factores se eliminan para siempre; lo que hizo permanece en los registros de auditoría bajo el id de su cuenta. No se puede deshacer.</translation>
    </message>
    <message>
        <source>The personal data of %1 is erased.</source>
        <translation>Los datos personales de %1 están borrados.</translation>
    </message>
</context>
<context>
    <name>aih::console::Page</name>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>No se pudo guardar %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>%n fila exportada a %1.</numerusform>
            <numerusform>%n filas exportadas a %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>aih::console::PlanCard</name>
    <message>
        <source>Free</source>
        <translation>Gratis</translation>
    </message>
    <message>
        <source>%1 per month</source>
        <translation>%1 al mes</translation>
    </message>
    <message>
        <source>Current plan</source>
        <translation>Plan actual</translation>
    </message>
    <message>
        <source>Upgrade</source>
        <translation>Mejorar</translation>
    </message>
    <message>
        <source>This server does not sell this plan.</source>
        <translation>Este servidor no vende este plan.</translation>
    </message>
    <message>
        <source>Only admins can change the plan.</source>
        <translation>Solo los administradores pueden cambiar el plan.</translation>
    </message>
    <message>
        <source>Downgrade in the portal</source>
        <translation>Bajar de plan en el portal</translation>
    </message>
    <message>
        <source>Use Manage billing to change to a smaller plan.</source>
        <translation>Use «Gestionar la facturación» para pasar a un plan menor.</translation>
    </message>
    <message>
        <source>Guidance content</source>
        <translation>Contenido de orientación</translation>
    </message>
    <message>
        <source>Meditations</source>
        <translation>Meditaciones</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>Analíticas</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>Claves de API</translation>
    </message>
    <message>
        <source>Custom branding</source>
        <translation>Imagen de marca propia</translation>
    </message>
    <message>
        <source>Priority support</source>
        <translation>Soporte prioritario</translation>
    </message>
    <message>
        <source>White label and custom CSS</source>
        <translation>Marca blanca y CSS personalizado</translation>
    </message>
    <message>
        <source>Single sign-on</source>
        <translation>Inicio de sesión único</translation>
    </message>
    <message>
        <source>Custom domain</source>
        <translation>Dominio propio</translation>
    </message>
    <message>
        <source>%1 users
%2 API calls per hour
%3 API calls per month</source>
        <translation>%1 usuarios
%2 llamadas a la API por hora
%3 llamadas a la API por mes</translation>
    </message>
</context>
<context>
    <name>aih::console::PlatformPage</name>
    <message>
        <source>Tenants</source>
        <translation>Inquilinos</translation>
    </message>
    <message>
        <source>Monthly recurring revenue</source>
        <translation>Ingresos recurrentes mensuales</translation>
    </message>
    <message>
        <source>Calls in the last 24 hours</source>
        <translation>Llamadas en las últimas 24 horas</translation>
    </message>
    <message>
        <source>Past due</source>
        <translation>Pago vencido</translation>
    </message>
    <message>
        <source>Past due: payment failed</source>
        <translation>Vencido: el pago falló</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelados</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <source>Loading the platform&apos;s figures…</source>
        <translation>Cargando las cifras de la plataforma…</translation>
    </message>
    <message>
        <source>from active and past-due plans</source>
        <translation>de planes activos y vencidos</translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n cancelado</numerusform>
            <numerusform>%n cancelados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>aih::console::QuotaPage</name>
    <message>
        <source>API calls this billing period</source>
        <translation>Llamadas a la API de este periodo de facturación</translation>
    </message>
    <message>
        <source>API calls this hour</source>
        <translation>Llamadas a la API de esta hora</translation>
    </message>
    <message>
        <source>Mail the admins too</source>
        <translation>Avisar también a los administradores por correo</translation>
    </message>
    <message>
        <source>Save alerts</source>
        <translation>Guardar avisos</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <source>When this period&apos;s API calls reach a chosen share of the monthly quota, the webhook event usage.threshold is sent and the audit trail records it, once per period. Choose one to five shares.</source>
        <translation>Cuando las llamadas a la API del periodo alcanzan una parte elegida de la cuota mensual, se envía el evento de webhook usage.threshold y el registro de auditoría lo anota, una vez por periodo. Elija de una a cinco partes.</translation>
    </message>
    <message>
        <source>Quotas</source>
        <translation>Cuotas</translation>
    </message>
    <message>
        <source>Loading the quotas…</source>
        <translation>Cargando las cuotas…</translation>
    </message>
    <message>
        <source>No alert yet this period.</source>
        <translation>Ningún aviso aún en este periodo.</translation>
    </message>
    <message>
        <source>Announced: %1.</source>
        <translation>Avisado: %1.</translation>
    </message>
    <message>
        <source>%1 to %2. %3</source>
        <translation>De %1 a %2. %3</translation>
    </message>
    <message>
        <source>The window resets at %1.</source>
        <translation>La ventana se reinicia a las %1.</translation>
    </message>
    <message>
        <source>Only admins change the alerts.</source>
        <translation>Solo los administradores cambian los avisos.</translation>
    </message>
    <message>
        <source>Choose one to five shares.</source>
        <translation>Elija de una a cinco partes.</translation>
    </message>
    <message>
        <source>Saved: alerts at %1%2.</source>
        <translation>Guardado: avisos al %1%2.</translation>
    </message>
    <message>
        <source>, by mail too</source>
        <translation>, también por correo</translation>
    </message>
</context>
<context>
    <name>aih::console::RoleMapEditor</name>
    <message>
        <source>Add group</source>
        <translation>Añadir grupo</translation>
    </message>
    <message>
        <source>Mapped groups decide the role at every sign-in; with none, the role is set once, when the account is made.</source>
        <translation>Los grupos asignados deciden el rol en cada inicio de sesión; sin ninguno, el rol se fija una vez, al crear la cuenta.</translation>
    </message>
    <message>
        <source>Group at the provider</source>
        <translation>Grupo en el proveedor</translation>
    </message>
    <message>
        <source>Remove this group</source>
        <translation>Quitar este grupo</translation>
    </message>
</context>
<context>
    <name>aih::console::RotateKeyDialog</name>
    <message>
        <source>Rotate API key</source>
        <translation>Rotar la clave de API</translation>
    </message>
    <message>
        <source>Stops at once</source>
        <translation>Deja de funcionar de inmediato</translation>
    </message>
    <message>
        <source>Works for 1 more hour</source>
        <translation>Funciona 1 hora más</translation>
    </message>
    <message>
        <source>Works for 1 more day</source>
        <translation>Funciona 1 día más</translation>
    </message>
    <message>
        <source>Works for 7 more days</source>
        <translation>Funciona 7 días más</translation>
    </message>
    <message>
        <source>Rotating &lt;b&gt;%1&lt;/b&gt; issues a new secret. Programs using the old secret must be updated; choose how long the old one keeps working meanwhile.</source>
        <translation>Rotar &lt;b&gt;%1&lt;/b&gt; emite un nuevo secreto. Los programas que usan el anterior deben actualizarse; elija cuánto tiempo sigue funcionando el anterior mientras tanto.</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>Rotar</translation>
    </message>
    <message>
        <source>Old secret</source>
        <translation>Secreto anterior</translation>
    </message>
</context>
<context>
    <name>aih::console::ScimPanel</name>
    <message>
        <source>SCIM provisioning</source>
        <translation>Aprovisionamiento SCIM</translation>
    </message>
    <message>
        <source>New SCIM token…</source>
        <translation>Nuevo token SCIM…</translation>
    </message>
    <message>
        <source>SCIM base URL</source>
        <translation>URL base de SCIM</translation>
    </message>
    <message>
        <source>The SCIM status is unavailable: %1</source>
        <translation>El estado de SCIM no está disponible: %1</translation>
    </message>
    <message>
        <source>The identity provider has a SCIM token, made %1.</source>
        <translation>El proveedor de identidad tiene un token SCIM, creado el %1.</translation>
    </message>
    <message>
        <source>No SCIM token yet: the identity provider cannot create, change or deactivate accounts.</source>
        <translation>Aún no hay token SCIM: el proveedor de identidad no puede crear, cambiar ni desactivar cuentas.</translation>
    </message>
    <message>
        <source>New SCIM token</source>
        <translation>Nuevo token SCIM</translation>
    </message>
    <message>
        <source>A new token replaces the current one at once: the identity provider cannot provision accounts until it is given the new one.</source>
        <translation>Un token nuevo sustituye al actual de inmediato: el proveedor de identidad no podrá aprovisionar cuentas hasta que reciba el nuevo.</translation>
    </message>
</context>
<context>
    <name>aih::console::ScimTokenDialog</name>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>SCIM token created</source>
        <translation>Token SCIM creado</translation>
    </message>
    <message>
        <source>Enter this token in your identity provider&apos;s provisioning settings now. It is shown only this once and cannot be recovered; a new token replaces it, and the old one stops working at once.</source>
        <translation>Introduzca este token ahora en la configuración de aprovisionamiento de su proveedor de identidad. Solo se muestra esta vez y no se puede recuperar; un token nuevo lo sustituye, y el anterior deja de funcionar de inmediato.</translation>
    </message>
    <message>
        <source>I have stored the token</source>
        <translation>He guardado el token</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>SCIM base URL</source>
        <translation>URL base de SCIM</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
</context>
<context>
    <name>aih::console::Session</name>
    <message>
        <source>The system keychain could not be read: %1</source>
        <translation>No se pudo leer el llavero del sistema: %1</translation>
    </message>
    <message>
        <source>The sign-in could not be saved in the system keychain: %1</source>
        <translation>No se pudo guardar el inicio de sesión en el llavero del sistema: %1</translation>
    </message>
    <message>
        <source>Your saved sign-in has ended; please sign in again.</source>
        <translation>Su inicio de sesión guardado ha terminado; vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>The saved sign-in could not be removed from the system keychain: %1</source>
        <translation>No se pudo quitar el inicio de sesión guardado del llavero del sistema: %1</translation>
    </message>
</context>
<context>
    <name>aih::console::SessionsDialog</name>
    <message>
        <source>End session</source>
        <translation>Cerrar la sesión</translation>
    </message>
    <message>
        <source>Your sessions</source>
        <translation>Tus sesiones</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Último uso</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Iniciada</translation>
    </message>
    <message>
        <source>Unknown device</source>
        <translation>Dispositivo desconocido</translation>
    </message>
    <message>
        <source>%1 (this session)</source>
        <translation>%1 (esta sesión)</translation>
    </message>
    <message>
        <source>Sign out to end this session.</source>
        <translation>Cierra sesión para terminar esta sesión.</translation>
    </message>
</context>
<context>
    <name>aih::console::SettingsPage</name>
    <message>
        <source>The language changes when the console starts next.</source>
        <translation>El idioma cambia la próxima vez que se inicie la consola.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Wait for the server</source>
        <translation>Esperar al servidor</translation>
    </message>
    <message>
        <source>Forget profile</source>
        <translation>Olvidar el perfil</translation>
    </message>
    <message>
        <source>Clear offline data</source>
        <translation>Borrar los datos sin conexión</translation>
    </message>
    <message>
        <source>Offline data was cleared.</source>
        <translation>Se borraron los datos sin conexión.</translation>
    </message>
    <message>
        <source>Saved sign-ins</source>
        <translation>Inicios de sesión guardados</translation>
    </message>
    <message>
        <source>The console keeps the last lists it saw, so they can be read while the server is unreachable.</source>
        <translation>La consola conserva las últimas listas vistas para poder leerlas mientras el servidor no está disponible.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Forget %1? Its saved sign-in and offline data are removed.</source>
        <translation>¿Olvidar %1? Se eliminan su inicio de sesión guardado y sus datos sin conexión.</translation>
    </message>
    <message>
        <source>The saved sign-in could not be removed from the system keychain: %1</source>
        <translation>No se pudo quitar el inicio de sesión guardado del llavero del sistema: %1</translation>
    </message>
</context>
<context>
    <name>aih::console::SignInDialog</name>
    <message>
        <source>Stay signed in on this computer</source>
        <translation>Mantener la sesión en este equipo</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Sign in to AI Heart</source>
        <translation>Iniciar sesión en AI Heart</translation>
    </message>
    <message>
        <source>Tenant slug or id</source>
        <translation>Identificador o ID del inquilino</translation>
    </message>
    <message>
        <source>Keeps a sign-in token in the system keychain; the password is never stored.</source>
        <translation>Guarda un token de sesión en el llavero del sistema; la contraseña nunca se guarda.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Inquilino</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Enter the tenant, your email and your password.</source>
        <translation>Introduzca el inquilino, su correo y su contraseña.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>From your authenticator app, or a recovery code</source>
        <translation>De tu aplicación de autenticación, o un código de recuperación</translation>
    </message>
    <message>
        <source>Enter the code from your authenticator app.</source>
        <translation>Escribe el código de tu aplicación de autenticación.</translation>
    </message>
    <message>
        <source>Sign in with SSO</source>
        <translation>Iniciar sesión con SSO</translation>
    </message>
    <message>
        <source>Sign in through your organisation&apos;s identity provider in your web browser: give the server and your email, or the tenant. No password is needed here.</source>
        <translation>Inicie sesión en su navegador web mediante el proveedor de identidad de su organización: indique el servidor y su correo, o el inquilino. Aquí no hace falta contraseña.</translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation>Cancelar el inicio de sesión</translation>
    </message>
    <message>
        <source>Enter your email, or the tenant, to sign in with single sign-on.</source>
        <translation>Indique su correo, o el inquilino, para iniciar sesión con el inicio de sesión único.</translation>
    </message>
    <message>
        <source>Asking the server for your identity provider…</source>
        <translation>Consultando al servidor cuál es su proveedor de identidad…</translation>
    </message>
    <message>
        <source>The web browser could not be opened.</source>
        <translation>No se pudo abrir el navegador web.</translation>
    </message>
    <message>
        <source>Sign in at your identity provider in the web browser; the console carries on by itself.</source>
        <translation>Inicie sesión en su proveedor de identidad en el navegador web; la consola continúa por sí sola.</translation>
    </message>
</context>
<context>
    <name>aih::console::SigningSecretDialog</name>
    <message>
        <source>Signing secret</source>
        <translation>Secreto de firma</translation>
    </message>
    <message>
        <source>Deliveries to &lt;b&gt;%1&lt;/b&gt; are signed with this secret.</source>
        <translation>Los envíos a &lt;b&gt;%1&lt;/b&gt; se firman con este secreto.</translation>
    </message>
    <message>
        <source>Store it with your receiver now: it is shown only this once. Verify each delivery with stripe.webhooks.constructEvent(body, AIH-Signature header, secret). If it is lost, rotate the secret.</source>
        <translation>Guárdelo ahora en su receptor: solo se muestra esta vez. Verifique cada envío con stripe.webhooks.constructEvent(body, cabecera AIH-Signature, secret). Si se pierde, renueve el secreto.</translation>
    </message>
    <message>
        <source>I have stored the secret</source>
        <translation>He guardado el secreto</translation>
    </message>
</context>
<context>
    <name>aih::console::SsoConnectionTableModel</name>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Exigido</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Emisor</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activada</translation>
    </message>
    <message>
        <source>Require SSO</source>
        <translation>Exigir SSO</translation>
    </message>
    <message>
        <source>SAML 2.0</source>
        <translation>SAML 2.0</translation>
    </message>
    <message>
        <source>OpenID Connect</source>
        <translation>OpenID Connect</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocolo</translation>
    </message>
</context>
<context>
    <name>aih::console::SsoDomainTableModel</name>
    <message>
        <source>Verified</source>
        <translation>Verificado</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Dominio</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>Última comprobación</translation>
    </message>
    <message>
        <source>Last problem</source>
        <translation>Último problema</translation>
    </message>
</context>
<context>
    <name>aih::console::SsoPage</name>
    <message>
        <source>New connection</source>
        <translation>Nueva conexión</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Probar la conexión</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Shown once a connection is added</source>
        <translation>Se muestra en cuanto se añade una conexión</translation>
    </message>
    <message>
        <source>Register this as the client&apos;s redirect URI at the identity provider.</source>
        <translation>Regístrela como URI de redirección del cliente en el proveedor de identidad.</translation>
    </message>
    <message>
        <source>Redirect URI to register</source>
        <translation>URI de redirección que registrar</translation>
    </message>
    <message>
        <source>Discovery URL</source>
        <translation>URL de descubrimiento</translation>
    </message>
    <message>
        <source>Identity provider connections</source>
        <translation>Conexiones con proveedores de identidad</translation>
    </message>
    <message>
        <source>Single sign-on</source>
        <translation>Inicio de sesión único</translation>
    </message>
    <message>
        <source>Loading single sign-on…</source>
        <translation>Cargando el inicio de sesión único…</translation>
    </message>
    <message>
        <source>A disabled connection signs nobody in.</source>
        <translation>Una conexión desactivada no inicia la sesión de nadie.</translation>
    </message>
    <message>
        <source>%1 is saved. Register the redirect URI below at the identity provider, then test the connection.</source>
        <translation>%1 está guardada. Registre la URI de redirección de abajo en el proveedor de identidad y después pruebe la conexión.</translation>
    </message>
    <message>
        <source>Delete connection</source>
        <translation>Eliminar la conexión</translation>
    </message>
    <message>
        <source>Delete %1? Its members can no longer sign in through this identity provider, and their accounts&apos; links to it are removed. This cannot be undone.</source>
        <translation>¿Eliminar %1? Sus miembros ya no podrán iniciar sesión mediante este proveedor de identidad, y se eliminan los vínculos de sus cuentas con él. No se puede deshacer.</translation>
    </message>
    <message>
        <source>%1 was deleted.</source>
        <translation>Se eliminó %1.</translation>
    </message>
    <message>
        <source>ACS URL to register</source>
        <translation>URL de ACS que registrar</translation>
    </message>
    <message>
        <source>Entity ID and metadata URL</source>
        <translation>ID de entidad y URL de metadatos</translation>
    </message>
    <message>
        <source>%1 is saved. Give the identity provider the ACS URL and entity ID below, then test the connection.</source>
        <translation>%1 está guardada. Indique al proveedor de identidad la URL de ACS y el ID de entidad de abajo y pruebe la conexión.</translation>
    </message>
</context>
<context>
    <name>aih::console::StatusBanner</name>
    <message>
        <source>The server cannot be reached. Showing what was last seen on %1.</source>
        <translation>No se puede acceder al servidor. Se muestra lo último visto el %1.</translation>
    </message>
</context>
<context>
    <name>aih::console::StatusChart</name>
    <message>
        <source>Status classes</source>
        <translation>Clases de estado</translation>
    </message>
</context>
<context>
    <name>aih::console::SupportAccessPage</name>
    <message>
        <source>Grant access</source>
        <translation>Conceder acceso</translation>
    </message>
    <message>
        <source>End access…</source>
        <translation>Terminar acceso…</translation>
    </message>
    <message>
        <source>Let support look</source>
        <translation>Dejar mirar al soporte</translation>
    </message>
    <message>
        <source>The platform&apos;s support staff cannot see your tenant unless you let them. While access is in force they can read what an admin reads here, and change nothing; each time they open it, it is in your audit trail, with their name. End it whenever you like.</source>
        <translation>El soporte de la plataforma no ve su inquilino a menos que usted lo permita. Mientras el acceso está vigente puede leer lo que lee aquí un administrador, sin cambiar nada; cada vez que lo abre queda en su registro de auditoría, con su nombre. Termínelo cuando quiera.</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 hora</translation>
    </message>
    <message>
        <source>4 hours</source>
        <translation>4 horas</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 día</translation>
    </message>
    <message>
        <source>3 days</source>
        <translation>3 días</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 días</translation>
    </message>
    <message>
        <source>For example, the support ticket&apos;s number</source>
        <translation>Por ejemplo, el número del ticket de soporte</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Durante</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Support access</source>
        <translation>Acceso de soporte</translation>
    </message>
    <message>
        <source>Loading support access…</source>
        <translation>Cargando el acceso de soporte…</translation>
    </message>
    <message>
        <source>Support may read your tenant until %1.</source>
        <translation>El soporte puede leer su inquilino hasta %1.</translation>
    </message>
    <message>
        <source>End support access</source>
        <translation>Terminar el acceso de soporte</translation>
    </message>
    <message>
        <source>End this access now? Support staff reading your tenant under it are shut out at once.</source>
        <translation>¿Terminar este acceso ahora? El personal de soporte que lee su inquilino con él queda fuera de inmediato.</translation>
    </message>
    <message>
        <source>Support access ended.</source>
        <translation>Acceso de soporte terminado.</translation>
    </message>
</context>
<context>
    <name>aih::console::SupportGrantTableModel</name>
    <message>
        <source>In force</source>
        <translation>Vigente</translation>
    </message>
    <message>
        <source>Revoked %1</source>
        <translation>Revocado %1</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Caducado</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message numerus="yes">
        <source>%n time(s), last by %1 on %2</source>
        <translation>
            <numerusform>%n vez, la última por %1 el %2</numerusform>
            <numerusform>%n veces, la última por %1 el %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Concedido</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>aih::console::SupportViewDialog</name>
    <message>
        <source>%1 (read-only support view)</source>
        <translation>%1 (vista de soporte de solo lectura)</translation>
    </message>
    <message>
        <source>You are reading &lt;b&gt;%1&lt;/b&gt; under its admin&apos;s support grant, until %2. Nothing can be changed from here, and the tenant&apos;s audit trail shows that you opened it.</source>
        <translation>Está leyendo &lt;b&gt;%1&lt;/b&gt; con el acceso de soporte que concedió su administrador, hasta %2. Desde aquí no se puede cambiar nada, y el registro de auditoría del inquilino muestra que lo abrió.</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Plan: %1, %2</source>
        <translation>Plan: %1, %2</translation>
    </message>
    <message>
        <source>The support view has ended: the grant expired or was revoked.</source>
        <translation>La vista de soporte ha terminado: el acceso caducó o fue revocado.</translation>
    </message>
</context>
<context>
    <name>aih::console::TenantDetailDialog</name>
    <message>
        <source>%1 (custom deal)</source>
        <translation>%1 (acuerdo a medida)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Inquilino</translation>
    </message>
    <message>
        <source>What operators did to it</source>
        <translation>Lo que hicieron los operadores</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Facturación</translation>
    </message>
    <message>
        <source>No subscription</source>
        <translation>Sin suscripción</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Closing: its data is deleted on %1</source>
        <translation>En cierre: sus datos se borran el %1</translation>
    </message>
    <message>
        <source>Closed, its data deleted</source>
        <translation>Cerrado, datos borrados</translation>
    </message>
    <message>
        <source>Suspended since %1</source>
        <translation>Suspendido desde %1</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>%1 of %2, %3 invited</source>
        <translation>%1 de %2, %3 invitados</translation>
    </message>
    <message>
        <source>Calls per hour</source>
        <translation>Llamadas por hora</translation>
    </message>
    <message>
        <source>Calls per month</source>
        <translation>Llamadas por mes</translation>
    </message>
    <message>
        <source>Custom domain</source>
        <translation>Dominio propio</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Second factor required of</source>
        <translation>Segundo factor exigido a</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Admins</source>
        <translation>Administradores</translation>
    </message>
    <message>
        <source>No one</source>
        <translation>Nadie</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
</context>
<context>
    <name>aih::console::TenantStateTableModel</name>
    <message>
        <source>Tenant</source>
        <translation>Inquilino</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
</context>
<context>
    <name>aih::console::TenantTableModel</name>
    <message>
        <source>Suspended</source>
        <translation>Suspendido</translation>
    </message>
    <message>
        <source>Past due</source>
        <translation>Pago vencido</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>Identificador</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Closed, data deleted</source>
        <translation>Cerrado, datos eliminados</translation>
    </message>
    <message>
        <source>Closing: deleted %1</source>
        <translation>Cerrándose: se elimina el %1</translation>
    </message>
</context>
<context>
    <name>aih::console::TenantsPage</name>
    <message>
        <source>Suspend…</source>
        <translation>Suspender…</translation>
    </message>
    <message>
        <source>Reactivate…</source>
        <translation>Reactivar…</translation>
    </message>
    <message>
        <source>Search by name or slug</source>
        <translation>Buscar por nombre o identificador</translation>
    </message>
    <message>
        <source>All plans</source>
        <translation>Todos los planes</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendido</translation>
    </message>
    <message>
        <source>Past due</source>
        <translation>Pago vencido</translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation>Inquilinos</translation>
    </message>
    <message>
        <source>Loading tenants…</source>
        <translation>Cargando inquilinos…</translation>
    </message>
    <message>
        <source>No tenant matches.</source>
        <translation>Ningún inquilino coincide.</translation>
    </message>
    <message>
        <source>Platform support is read-only.</source>
        <translation>El soporte de la plataforma es de solo lectura.</translation>
    </message>
    <message>
        <source>Suspend %1? Its API keys and sign-ins are refused at once; its data stays.</source>
        <translation>¿Suspender %1? Sus claves de API e inicios de sesión se rechazan de inmediato; sus datos se conservan.</translation>
    </message>
    <message>
        <source>Reactivate %1? Its API keys and sign-ins work again at once.</source>
        <translation>¿Reactivar %1? Sus claves de API e inicios de sesión vuelven a funcionar de inmediato.</translation>
    </message>
    <message>
        <source>Suspend tenant</source>
        <translation>Suspender inquilino</translation>
    </message>
    <message>
        <source>Reactivate tenant</source>
        <translation>Reactivar inquilino</translation>
    </message>
    <message>
        <source>Suspending %1…</source>
        <translation>Suspendiendo %1…</translation>
    </message>
    <message>
        <source>Reactivating %1…</source>
        <translation>Reactivando %1…</translation>
    </message>
    <message>
        <source>%1 is suspended.</source>
        <translation>%1 está suspendido.</translation>
    </message>
    <message>
        <source>%1 is active again.</source>
        <translation>%1 vuelve a estar activo.</translation>
    </message>
    <message>
        <source>Limits…</source>
        <translation>Límites…</translation>
    </message>
    <message>
        <source>Loading the limits of %1…</source>
        <translation>Cargando los límites de %1…</translation>
    </message>
    <message>
        <source>The limits of %1 are saved.</source>
        <translation>Los límites de %1 están guardados.</translation>
    </message>
    <message>
        <source>Close…</source>
        <translation>Cerrar…</translation>
    </message>
    <message>
        <source>Download archive…</source>
        <translation>Descargar archivo…</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrados</translation>
    </message>
    <message>
        <source>%1 is closed and its archive written.</source>
        <translation>%1 está cerrado y su archivo escrito.</translation>
    </message>
    <message>
        <source>Save the archive of %1</source>
        <translation>Guardar el archivo de %1</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>Archivos zip (*.zip)</translation>
    </message>
    <message>
        <source>Downloading the archive of %1</source>
        <translation>Descargando el archivo de %1</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Guardado en %1.</translation>
    </message>
    <message>
        <source>View as support…</source>
        <translation>Ver como soporte…</translation>
    </message>
    <message>
        <source>Read the tenant as its admin would, without changing anything. Needs the tenant admin&apos;s support grant; the tenant sees the opening in its audit trail.</source>
        <translation>Leer el inquilino como lo ve su administrador, sin cambiar nada. Requiere el acceso de soporte concedido por el administrador del inquilino; el inquilino ve la apertura en su registro de auditoría.</translation>
    </message>
    <message>
        <source>Opening %1 read-only…</source>
        <translation>Abriendo %1 en solo lectura…</translation>
    </message>
    <message>
        <source>%1 is open read-only until %2.</source>
        <translation>%1 está abierto en solo lectura hasta %2.</translation>
    </message>
    <message>
        <source>%1 has not granted support access, or its grant has ended: ask the tenant&apos;s admin to grant it on the console&apos;s Support access page.</source>
        <translation>%1 no ha concedido acceso de soporte, o el acceso terminó: pida al administrador del inquilino que lo conceda en la página Acceso de soporte de la consola.</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Detalles…</translation>
    </message>
</context>
<context>
    <name>aih::console::TiersChart</name>
    <message>
        <source>Tenants</source>
        <translation>Inquilinos</translation>
    </message>
    <message>
        <source>Tenants by plan</source>
        <translation>Inquilinos por plan</translation>
    </message>
</context>
<context>
    <name>aih::console::TopConsumersModel</name>
    <message>
        <source>Consumer</source>
        <translation>Consumidor</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Llamadas</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Errores</translation>
    </message>
</context>
<context>
    <name>aih::console::TwoFactorDialog</name>
    <message>
        <source>Turn on</source>
        <translation>Activar</translation>
    </message>
    <message>
        <source>Two-factor authentication</source>
        <translation>Autenticación de dos factores</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>Consultando al servidor…</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secreto</translation>
    </message>
    <message>
        <source>Recovery codes</source>
        <translation>Códigos de recuperación</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Scan the code with an authenticator app (or type the secret in), store the recovery codes somewhere safe, and enter the app&apos;s first code. The recovery codes are shown only now; each signs you in once if the phone is lost.</source>
        <translation>Escanea el código con una aplicación de autenticación (o escribe el secreto), guarda los códigos de recuperación en un lugar seguro y escribe el primer código de la aplicación. Los códigos de recuperación solo se muestran ahora; cada uno inicia sesión una vez si pierdes el teléfono.</translation>
    </message>
    <message>
        <source>Two-factor authentication is on. To turn it off, enter a code from the app or one of your recovery codes.</source>
        <translation>La autenticación de dos factores está activada. Para desactivarla, escribe un código de la aplicación o uno de tus códigos de recuperación.</translation>
    </message>
    <message>
        <source>Turn off</source>
        <translation>Desactivar</translation>
    </message>
    <message>
        <source>Enter a code.</source>
        <translation>Escribe un código.</translation>
    </message>
</context>
<context>
    <name>aih::console::UsageCard</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
</context>
<context>
    <name>aih::console::UserTableModel</name>
    <message>
        <source>Admin</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Gestor</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Último inicio de sesión</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
</context>
<context>
    <name>aih::console::UsersPage</name>
    <message>
        <source>Show deactivated</source>
        <translation>Mostrar desactivados</translation>
    </message>
    <message>
        <source>Filter by email or name</source>
        <translation>Filtrar por correo o nombre</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>Todos los roles</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>Nuevo usuario</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Cambiar rol</translation>
    </message>
    <message>
        <source>Make %1</source>
        <translation>Hacer %1</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>Loading users…</source>
        <translation>Cargando usuarios…</translation>
    </message>
    <message>
        <source>Add a user to the tenant (Ctrl+N)</source>
        <translation>Añadir un usuario al inquilino (Ctrl+N)</translation>
    </message>
    <message>
        <source>%1 of %2 users on the %3 plan</source>
        <translation>%1 de %2 usuarios en el plan %3</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Reactivar</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Desactivar</translation>
    </message>
    <message>
        <source>Select a user.</source>
        <translation>Seleccione un usuario.</translation>
    </message>
    <message>
        <source>Only admins can change roles.</source>
        <translation>Solo los administradores pueden cambiar roles.</translation>
    </message>
    <message>
        <source>%1 was added.</source>
        <translation>Se añadió a %1.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 ahora es %2.</translation>
    </message>
    <message>
        <source>%1 was reactivated.</source>
        <translation>Se reactivó a %1.</translation>
    </message>
    <message>
        <source>Deactivate user</source>
        <translation>Desactivar usuario</translation>
    </message>
    <message>
        <source>Deactivate %1? Their sessions end and their API keys are revoked at once.</source>
        <translation>¿Desactivar a %1? Sus sesiones terminan y sus claves de API se revocan de inmediato.</translation>
    </message>
    <message>
        <source>%1 was deactivated.</source>
        <translation>Se desactivó a %1.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Inicio de sesión</translation>
    </message>
    <message>
        <source>Send password reset mail</source>
        <translation>Enviar el correo para restablecer la contraseña</translation>
    </message>
    <message>
        <source>End all sessions</source>
        <translation>Cerrar todas las sesiones</translation>
    </message>
    <message>
        <source>Only admins can reset passwords or end sessions.</source>
        <translation>Solo los admins pueden restablecer contraseñas o cerrar sesiones.</translation>
    </message>
    <message>
        <source>An invitation was mailed to %1.</source>
        <translation>Se ha enviado una invitación a %1.</translation>
    </message>
    <message>
        <source>A password reset mail is on its way to %1; you never see the password.</source>
        <translation>Un correo para restablecer la contraseña va de camino a %1; nunca ves la contraseña.</translation>
    </message>
    <message>
        <source>Every session of %1 has ended.</source>
        <translation>Todas las sesiones de %1 han terminado.</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Export users</source>
        <translation>Exportar usuarios</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Datos personales</translation>
    </message>
    <message>
        <source>Export personal data…</source>
        <translation>Exportar los datos personales…</translation>
    </message>
    <message>
        <source>Erase personal data…</source>
        <translation>Borrar los datos personales…</translation>
    </message>
    <message>
        <source>Only admins can export or erase a person&apos;s data.</source>
        <translation>Solo los administradores pueden exportar o borrar los datos de una persona.</translation>
    </message>
    <message>
        <source>Export personal data</source>
        <translation>Exportar los datos personales</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>The personal data of %1 is saved in %2.</source>
        <translation>Los datos personales de %1 están guardados en %2.</translation>
    </message>
    <message numerus="yes">
        <source>The personal data of %1 is erased. Audit entries that now name a stand-in: %n.</source>
        <translation>
            <numerusform>Los datos personales de %1 están borrados. Entradas de auditoría que ahora nombran a un sustituto: %n.</numerusform>
            <numerusform>Los datos personales de %1 están borrados. Entradas de auditoría que ahora nombran a un sustituto: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>aih::console::WebhookDeliveryTableModel</name>
    <message>
        <source>Delivered</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <source>Given up</source>
        <translation>Abandonado</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Retrying at %1</source>
        <translation>Reintento a las %1</translation>
    </message>
    <message>
        <source>%1 (replay)</source>
        <translation>%1 (reenvío)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Último error</translation>
    </message>
</context>
<context>
    <name>aih::console::WebhookEndpointTableModel</name>
    <message>
        <source>Disabled: kept failing</source>
        <translation>Desactivado: fallos continuos</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Desactivado</translation>
    </message>
    <message numerus="yes">
        <source>Failing since %1 (%n attempt(s))</source>
        <translation>
            <numerusform>Falla desde %1 (%n intento)</numerusform>
            <numerusform>Falla desde %1 (%n intentos)</numerusform>
        </translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activado</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Todos los eventos</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
</context>
<context>
    <name>aih::console::WebhooksPage</name>
    <message>
        <source>New endpoint</source>
        <translation>Nuevo endpoint</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Desactivar</translation>
    </message>
    <message>
        <source>Rotate secret</source>
        <translation>Renovar secreto</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>Endpoints</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recargar</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Reenviar</translation>
    </message>
    <message>
        <source>Deliveries of the selected endpoint</source>
        <translation>Envíos del endpoint seleccionado</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <source>Loading webhook endpoints…</source>
        <translation>Cargando endpoints de webhook…</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Activar</translation>
    </message>
    <message>
        <source>Enable the endpoint to send deliveries again.</source>
        <translation>Active el endpoint para reenviar envíos.</translation>
    </message>
    <message>
        <source>Rotate signing secret</source>
        <translation>Renovar el secreto de firma</translation>
    </message>
    <message>
        <source>Give %1 a new signing secret? The old one keeps signing beside it for 24 hours, so the receiver can switch over without dropping events.</source>
        <translation>¿Dar a %1 un nuevo secreto de firma? El anterior sigue firmando junto a él durante 24 horas, para que el receptor cambie sin perder eventos.</translation>
    </message>
    <message>
        <source>Delete webhook endpoint</source>
        <translation>Eliminar endpoint de webhook</translation>
    </message>
    <message>
        <source>Delete %1? Its pending deliveries are dropped and its log goes with it.</source>
        <translation>¿Eliminar %1? Sus envíos pendientes se descartan y su registro se elimina con él.</translation>
    </message>
    <message>
        <source>The event is being sent again.</source>
        <translation>El evento se está reenviando.</translation>
    </message>
</context>
</TS>

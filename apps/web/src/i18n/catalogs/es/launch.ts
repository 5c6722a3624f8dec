import type { launch as english } from '../en/launch';
import type { Translation } from '../translation';

export const launch: Translation<typeof english> = {
  'launch.opening.title': 'Abriendo LTI Rooms',
  'launch.login.status': 'Conectando con su curso…',
  'launch.check.status': 'Comprobando su lanzamiento desde el curso…',
  'launch.storageAccess.title': 'Permitir LTI Rooms en esta página del curso',
  'launch.storageAccess.heading': 'Un paso más',
  'launch.storageAccess.explanation':
    'Su navegador impide que LTI Rooms le reconozca dentro de la página del curso. Permita que use aquí sus cookies y la sala se abrirá. Es posible que el navegador le pida confirmación.',
  'launch.storageAccess.allow': 'Permitir y continuar',
  'launch.storageAccess.openInNewWindow': 'Abrir en una ventana nueva',

  'launch.error.newWindow.heading': 'Abrir LTI Rooms en su propia ventana',
  'launch.error.newWindow.explanation':
    'Su navegador ha impedido que LTI Rooms funcione dentro de la página del curso. Abrirlo en una ventana nueva suele resolverlo.',
  'launch.error.newWindow.button': 'Abrir en una ventana nueva',
  'launch.error.adminHeading': 'Para el administrador de su LMS',
  'launch.error.serverDetails': 'Detalles: <code>{details}</code>',
  'launch.error.code': 'Código de error: <code>{errorCode}</code>',

  'launch.refusal.launchFailed.title': 'No se pudo abrir esta sala',
  'launch.refusal.launchFailed.detail': 'Su curso no pudo iniciar LTI Rooms. Vuelva a abrir la sala desde su curso.',
  'launch.refusal.launchFailed.adminHint':
    'Se rechazó el lanzamiento LTI. El registro del servidor de LTI Rooms indica el motivo; compruebe que la plataforma esté registrada y activa.',
  'launch.refusal.launchCheckFailed.title': 'No se pudo abrir esta sala',
  'launch.refusal.launchCheckFailed.detail':
    'No se pudo contactar con LTI Rooms para comprobar el lanzamiento. Compruebe su conexión y vuelva a abrir la sala desde su curso.',
  'launch.refusal.launchCheckFailed.adminHint':
    'La página no pudo confirmar el lanzamiento con el servidor de LTI Rooms (no hubo respuesta o no se pudo leer). El registro del servidor de LTI Rooms indica el motivo.',
  'launch.refusal.loginParameterTooLong.title': 'El LMS envió una solicitud de inicio de sesión demasiado grande',
  'launch.refusal.loginParameterTooLong.detail':
    'Un parámetro de inicio de sesión es más largo de lo que LTI Rooms acepta, por lo que no se inició la sesión.',
  'launch.refusal.loginParameterTooLong.adminHint':
    'LTI Rooms guarda como máximo estos caracteres de cada parámetro de inicio de sesión: {limits}. Compruebe lo que la plataforma envía a /lti/login.',
  'launch.refusal.rateLimited.title': 'Demasiados lanzamientos en este momento',
  'launch.refusal.rateLimited.detail':
    'LTI Rooms está recibiendo de su red o de su LMS más solicitudes de las que acepta a la vez. Espere un momento y vuelva a abrir la herramienta.',
  'launch.refusal.rateLimited.adminHint':
    'Los límites se fijan con RATE_LIMIT_LTI_PER_IP, RATE_LIMIT_LTI_PER_ACCOUNT y RATE_LIMIT_REGISTER_PER_IP (consulte el README); auméntelos si se rechaza a toda una clase detrás de una misma dirección.',
  'launch.refusal.loginMissingParameters.title': 'El LMS envió una solicitud de inicio de sesión incompleta',
  'launch.refusal.loginMissingParameters.detail': 'A la solicitud de inicio de sesión le falta iss, login_hint o target_link_uri.',
  'launch.refusal.loginMissingParameters.adminHint':
    'Compruebe que la plataforma inicia el inicio de sesión OIDC en /lti/login con iss, login_hint y target_link_uri (LTI 1.3 Core, sección 4.1).',
  'launch.refusal.unknownPlatform.title': 'Este LMS no está registrado en LTI Rooms',
  'launch.refusal.unknownPlatform.detail': 'El lanzamiento procede de una plataforma (emisor e ID de cliente) que LTI Rooms no conoce.',
  'launch.refusal.unknownPlatform.adminHint':
    'Registre la plataforma con el registro dinámico (Dynamic Registration) o con `npm run platforms -- add`, y compruebe que su emisor y su ID de cliente coinciden exactamente.',
  'launch.refusal.platformAmbiguous.title': 'LTI Rooms no puede saber qué registro de este LMS usar',
  'launch.refusal.platformAmbiguous.detail': 'El LMS inició el lanzamiento sin ID de cliente, y varios registros activos comparten su emisor.',
  'launch.refusal.platformAmbiguous.adminHint':
    'Configure el LMS para que envíe client_id en la solicitud de inicio de sesión (LTI 1.3 Core, sección 4.1), o desactive los registros que ya no se usan (`npm run platforms -- list`).',
  'launch.refusal.targetLinkForeign.title': 'El lanzamiento apunta fuera de LTI Rooms',
  'launch.refusal.targetLinkForeign.detail': 'El target_link_uri de la solicitud de inicio de sesión no es una dirección de esta herramienta.',
  'launch.refusal.targetLinkForeign.adminHint':
    'La URI del enlace de destino en el LMS debe empezar por la dirección pública de la herramienta (PUBLIC_URL), seguida de /lti/launch.',
  'launch.refusal.platformInactive.title': 'LTI Rooms todavía no está activado para este LMS',
  'launch.refusal.platformInactive.detail': 'Esta plataforma está registrada, pero un administrador todavía no la ha activado.',
  'launch.refusal.platformInactive.adminHint':
    'Un operador de LTI Rooms debe activar este registro (`npm run platforms -- list` y `activate`, o la página de operador). A un administrador del LMS que abre la herramienta se le muestra de qué registro se trata.',
  'launch.refusal.deploymentMissing.title': 'El lanzamiento no indica ningún despliegue',
  'launch.refusal.deploymentMissing.detail': 'El id_token no contiene el claim deployment_id.',
  'launch.refusal.deploymentMissing.adminHint': 'La plataforma debe enviar https://purl.imsglobal.org/spec/lti/claim/deployment_id en cada lanzamiento.',
  'launch.refusal.deploymentUnknown.title': 'Este despliegue de LTI Rooms no está registrado',
  'launch.refusal.deploymentUnknown.detail': 'El lanzamiento procede de un ID de despliegue que nunca se registró para esta plataforma.',
  'launch.refusal.deploymentUnknown.adminHint':
    'Añada el ID de despliegue al registro de la plataforma (`npm run platforms -- add-deployment`) o vuelva a registrar la herramienta con el registro dinámico.',
  'launch.refusal.missingIdToken.title': 'Este lanzamiento no contenía ningún mensaje LTI',
  'launch.refusal.missingIdToken.detail': 'La solicitud a /lti/launch no tiene id_token.',
  'launch.refusal.missingIdToken.adminHint':
    'La plataforma debe enviar por POST los campos de formulario id_token y state a /lti/launch (modo de respuesta form_post).',
  'launch.refusal.malformedIdToken.title': 'No se pudo leer el mensaje LTI',
  'launch.refusal.malformedIdToken.detail': 'El id_token no es un JWT firmado con un formato correcto.',
  'launch.refusal.malformedIdToken.adminHint': 'Compruebe la configuración LTI 1.3 de la plataforma; el id_token debe ser un JWT firmado con RS256.',
  'launch.refusal.missingState.title': 'El lanzamiento perdió su estado de inicio de sesión',
  'launch.refusal.missingState.detail': 'La solicitud a /lti/launch no tiene el campo state.',
  'launch.refusal.missingState.adminHint': 'La plataforma debe devolver sin cambios el state que recibió en su endpoint de autorización.',
  'launch.refusal.stateCookieMissing.title': 'Su navegador bloqueó LTI Rooms dentro de la página del curso',
  'launch.refusal.stateCookieMissing.detail':
    'No se pudo asociar el lanzamiento a este navegador porque no se envió su cookie. Esto ocurre cuando se bloquean las cookies de terceros.',
  'launch.refusal.stateCookieMissing.adminHint':
    'Pida a los usuarios que abran la herramienta en una ventana nueva, o permita las cookies de terceros para este sitio. La herramienta debe servirse por https para que sus cookies sean SameSite=None; Secure.',
  'launch.refusal.stateMismatch.title': 'Este lanzamiento pertenece a otra ventana del navegador',
  'launch.refusal.stateMismatch.detail': 'El estado de inicio de sesión del lanzamiento no coincide con la cookie de inicio de sesión de este navegador.',
  'launch.refusal.stateMismatch.adminHint': 'Esto suele significar que un lanzamiento se repitió o se reenvió. Vuelva a acceder desde el curso.',
  'launch.refusal.stateUnknown.title': 'Este lanzamiento ha caducado',
  'launch.refusal.stateUnknown.detail': 'El inicio de sesión que originó este lanzamiento es desconocido o tiene más de diez minutos.',
  'launch.refusal.stateUnknown.adminHint': 'Vuelva a acceder desde el curso. Si sigue ocurriendo, compruebe el reloj del servidor de la herramienta.',
  'launch.refusal.launchReplayed.title': 'Este lanzamiento ya se utilizó',
  'launch.refusal.launchReplayed.detail': 'El mismo inicio de sesión se presentó dos veces. Cada lanzamiento solo puede usarse una vez.',
  'launch.refusal.launchReplayed.adminHint':
    'Vuelva a acceder desde el curso. Las repeticiones frecuentes pueden indicar un ataque o un proxy que reenvía solicitudes.',
  'launch.refusal.badSignature.title': 'La firma del mensaje LTI no es válida',
  'launch.refusal.badSignature.detail': 'El id_token no se firmó con una clave de la plataforma registrada.',
  'launch.refusal.badSignature.adminHint':
    'Compruebe la URL del conjunto de claves públicas (JWKS) de la plataforma en el registro y que la plataforma firma con una clave incluida en él.',
  'launch.refusal.wrongIssuer.title': 'El mensaje LTI procede de la plataforma equivocada',
  'launch.refusal.wrongIssuer.detail': 'El emisor del id_token no es la plataforma con la que empezó el inicio de sesión.',
  'launch.refusal.wrongIssuer.adminHint': 'Compruebe que el emisor de la plataforma en el registro coincide con el claim iss que envía.',
  'launch.refusal.wrongAudience.title': 'El mensaje LTI estaba destinado a otra herramienta',
  'launch.refusal.wrongAudience.detail': 'La audiencia del id_token no incluye el ID de cliente de esta herramienta.',
  'launch.refusal.wrongAudience.adminHint': 'Compare el ID de cliente del registro con los claims aud y azp que envía la plataforma.',
  'launch.refusal.tokenExpired.title': 'El mensaje LTI ha caducado',
  'launch.refusal.tokenExpired.detail': 'Ha pasado la hora de caducidad del id_token.',
  'launch.refusal.tokenExpired.adminHint': 'Vuelva a acceder. Si sigue ocurriendo, compare los relojes del LMS y del servidor de la herramienta.',
  'launch.refusal.tokenTooOld.title': 'El mensaje LTI es demasiado antiguo',
  'launch.refusal.tokenTooOld.detail': 'El id_token se emitió hace más de cinco minutos.',
  'launch.refusal.tokenTooOld.adminHint': 'Vuelva a acceder. Si sigue ocurriendo, compare los relojes del LMS y del servidor de la herramienta.',
  'launch.refusal.tokenNotYetValid.title': 'El mensaje LTI tiene fecha futura',
  'launch.refusal.tokenNotYetValid.detail': 'La hora de emisión del id_token está en el futuro.',
  'launch.refusal.tokenNotYetValid.adminHint': 'Compare los relojes del LMS y del servidor de la herramienta (NTP).',
  'launch.refusal.platformKeysUnavailable.title': 'No se pudo contactar con el LMS para comprobar este lanzamiento',
  'launch.refusal.platformKeysUnavailable.detail': 'LTI Rooms no pudo obtener las claves públicas de la plataforma para verificar el lanzamiento.',
  'launch.refusal.platformKeysUnavailable.adminHint':
    'Compruebe que la URL del conjunto de claves (JWKS) del registro es accesible desde el servidor de la herramienta.',
  'launch.refusal.nonceMismatch.title': 'El mensaje LTI no responde a este inicio de sesión',
  'launch.refusal.nonceMismatch.detail': 'El nonce del id_token no es el que LTI Rooms envió para este inicio de sesión.',
  'launch.refusal.nonceMismatch.adminHint': 'La plataforma debe copiar el nonce de la solicitud de autorización en el id_token.',
  'launch.refusal.nonceReplayed.title': 'Este mensaje LTI ya se utilizó',
  'launch.refusal.nonceReplayed.detail': 'El nonce del id_token ya se aceptó antes; cada mensaje solo puede usarse una vez.',
  'launch.refusal.nonceReplayed.adminHint': 'Un id_token repetido puede indicar un ataque o un proxy que funciona mal.',
  'launch.refusal.claimTooLong.title': 'El mensaje LTI contiene un identificador que LTI Rooms no puede guardar',
  'launch.refusal.claimTooLong.detail':
    'Un identificador del id_token (el ID del usuario, del curso, del enlace o del despliegue) tiene más de 255 caracteres.',
  'launch.refusal.claimTooLong.adminHint':
    'LTI 1.3 limita estos identificadores a 255 caracteres (LTI 1.3 Core, secciones 5.1.2, 5.3.1 y 5.4.1). Compruebe lo que envía la plataforma en el claim indicado en los detalles.',
  'launch.refusal.invalidClaims.title': 'El mensaje LTI está incompleto',
  'launch.refusal.invalidClaims.detail': 'Al id_token le faltan claims que LTI 1.3 exige.',
  'launch.refusal.invalidClaims.adminHint': 'Compruebe el claim indicado en los detalles según LTI 1.3 Core, sección 5.',
  'launch.refusal.roomNotInCourse.title': 'Esta sala no forma parte de este curso',
  'launch.refusal.roomNotInCourse.detail': 'El enlace apunta a una sala que no está publicada en este curso, y usted no puede publicarla aquí.',
  'launch.refusal.roomNotInCourse.adminHint':
    'Un enlace a una sala solo se abre en un curso en el que la sala está publicada, o para alguien que puede publicarla allí (su propietario o un copublicador que sea profesor del curso). Publique la sala en este curso desde su página de edición, o vuelva a colocar el enlace con Deep Linking; se rechazan los enlaces cuya referencia a la sala se editó o se copió de otra plataforma.',
  'launch.refusal.unsupportedMessage.title': 'LTI Rooms no puede gestionar este tipo de lanzamiento',
  'launch.refusal.unsupportedMessage.detail': 'Solo se admiten lanzamientos de enlace a recurso (resource link) y de Deep Linking.',
  'launch.refusal.unsupportedMessage.adminHint':
    'Coloque LTI Rooms como enlace de herramienta externa o mediante el flujo de selección de contenido (Deep Linking).',

  'launch.inactiveRegistration.heading': 'Este registro espera su activación',
  'launch.inactiveRegistration.explanation':
    'Usted es administrador de este LMS, por eso ve de qué registro de LTI Rooms se trata. LTI Rooms rechaza todos los lanzamientos a través de él hasta que un operador de LTI Rooms (quien gestiona el servidor de LTI Rooms) lo active. Envíele estos datos.',
  'launch.inactiveRegistration.commandIntro': 'El operador lo activa en el servidor con:',
  'launch.inactiveRegistration.operatorPage':
    'o en la página de operador de LTI Rooms (<code>{path}</code>), si el servidor tiene configurado un secreto de operador.',
  'launch.inactiveRegistration.removedIfPending':
    'Un registro que nadie activa se elimina al cabo de {days, plural, one {# día} other {# días}}; en ese caso, vuelva a registrarlo.',

  'launch.registration.lms': 'LMS',
  'launch.registration.issuer': 'Emisor',
  'launch.registration.clientId': 'ID de cliente',
  'launch.registration.deploymentId': 'ID de despliegue',
  'launch.registration.deploymentIds': 'ID de despliegue',
  'launch.registration.noDeploymentYet': 'Ninguno todavía',
  'launch.registration.id': 'ID de registro',
  'launch.registration.registered': 'Registrado',
  'launch.registration.status': 'Estado',
  'launch.registration.pendingSince': 'Pendiente de aprobación desde {when}',
  'launch.registration.inactive': 'Desactivado, o añadido como inactivo a mano',

  'launch.operator.title': 'Operador: activar registros',
  'launch.operator.intro':
    'Para quien gestiona este servidor de LTI Rooms. Un registro que un LMS hizo mediante el registro dinámico permanece inactivo hasta que se activa aquí o con <code>{command}</code>; hasta entonces se rechazan sus lanzamientos.',
  'launch.operator.signInForm': 'Acceso del operador',
  'launch.operator.secret': 'Secreto de operador',
  'launch.operator.secretHint': 'El valor de OPERATOR_SECRET en la configuración del servidor.',
  'launch.operator.showRegistrations': 'Mostrar registros',
  'launch.operator.inactiveHeading': 'Registros inactivos',
  'launch.operator.pendingRemoval':
    'Un registro pendiente de aprobación se elimina al cabo de {days, plural, one {# día} other {# días}} si no se activa.',
  'launch.operator.noneWaiting': 'No hay ningún registro pendiente: todos los LMS registrados pueden abrir LTI Rooms.',
  'launch.operator.activate': 'Activar<hidden> {name} ({clientId})</hidden>',
  'launch.operator.activated': '{name} ({issuer}, ID de cliente {clientId}) ya está activo. Sus usuarios pueden abrir LTI Rooms.',
  'launch.operator.failed': 'Algo salió mal. Vuelva a intentarlo.',
  'launch.operator.unreachable': 'No se pudo contactar con LTI Rooms. Compruebe su conexión y vuelva a intentarlo.',
  'launch.operator.httpFailure': 'La solicitud falló (HTTP {status}).',
  'launch.operator.unreadableAnswer': 'El servidor envió una respuesta que esta página no entiende. Vuelva a cargar la página.',

  'launch.noSession.expiredTitle': 'Su sesión ha caducado',
  'launch.noSession.roomTitle': 'Abra esta sala desde su curso',
  'launch.noSession.title': 'Abra LTI Rooms desde su curso',
  'launch.noSession.expired': 'Por su seguridad, una visita a LTI Rooms dura un tiempo limitado después de abrirlo desde su curso.',
  'launch.noSession.howItOpens':
    'LTI Rooms se abre desde su curso en su plataforma de aprendizaje (Moodle, Canvas, Brightspace, Sakai…): así sabe quién es usted y qué salas son suyas.',
  'launch.noSession.goBack': 'Vuelva a su curso y seleccione LTI Rooms allí.',
  'launch.noSession.lookingUpRoom': 'Buscando la sala…',
  'launch.noSession.roomGone':
    'Este enlace ya no lleva a ninguna sala: puede que se haya eliminado. Pregunte a quien lo compartió o vuelva a su curso.',
  'launch.noSession.roomLookupFailed': 'Vuelva a su curso y seleccione la sala allí.',
  'launch.noSession.roomInNoCourse':
    '«{name}» todavía no está en ningún curso. Pida a quien la compartió que la publique en su curso y ábrala desde allí.',
  'launch.noSession.roomCourses':
    '«{name}» está en {count, plural, one {este curso} other {estos cursos}}. Abra el curso y seleccione la sala allí:',

  'launch.notFound.title': 'Página no encontrada',
  'launch.notFound.explanation': 'No hay nada en esta dirección. Puede que el enlace sea antiguo o esté mal escrito.',
  'launch.notFound.myRooms': 'Ir a Mis salas',
  'launch.notFound.openFromCourse': 'Abra LTI Rooms desde su curso en su plataforma de aprendizaje.',
};

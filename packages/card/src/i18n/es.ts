import type { Catalogue } from './en';

// Español. Same keys as en.ts.
export const es: Catalogue = {
  'card.loadingRecord': 'Cargando el contacto…',

  'title.suggestion': 'Reunión con {name}',
  'field.title': 'Título',
  'field.date': 'Fecha',
  'field.startTime': 'Hora de inicio',
  'field.duration': 'Duración',
  'field.endTime': 'Hora de fin',
  'field.timezone': 'Zona horaria',
  'field.locationType': 'Tipo de ubicación',
  'field.location': 'Ubicación',
  'field.description': 'Descripción',
  'field.description.help': 'Se incluye en la invitación del calendario.',
  'field.internalNotes': 'Notas internas',
  'field.internalNotes.help': 'Solo tu equipo las ve.',
  'field.attendees': 'Asistentes',
  'field.attendees.loading': 'Cargando compañeros…',
  'field.attendees.unavailable': 'No se pudieron cargar los compañeros; aun así puedes agendar sin ellos.',
  'field.findPeople': 'Buscar más personas',
  'field.findPeople.found': '{count} encontrado(s): elígelos en Asistentes.',
  'field.meetingType': 'Tipo de reunión',
  'field.reminders': 'Recordatorios por correo',
  'field.reminders.help': 'Hasta {max}.',
  'field.includeDescription': 'Incluir la descripción en los recordatorios',

  'duration.minutes': '{minutes} minutos',
  'duration.custom': 'Elegir hora de fin',

  'timezone.account': 'Zona de la cuenta ({zone})',
  'timezone.contact': 'Zona del contacto ({zone})',
  'timezone.contactLocalTime': 'Hora local del contacto: {time}',

  'locationType.none': 'Sin ubicación',
  'locationType.PHONE': 'Llamada telefónica',
  'locationType.ADDRESS': 'Dirección',
  'locationType.CUSTOM': 'Video u otro enlace',
  'location.placeholder.PHONE': 'Número de teléfono',
  'location.placeholder.ADDRESS': 'Calle, ciudad',
  'location.placeholder.CUSTOM': 'https://…',

  'reminder.15m': '15 minutos antes',
  'reminder.30m': '30 minutos antes',
  'reminder.1h': '1 hora antes',
  'reminder.1d': '1 día antes',
  'reminder.1w': '1 semana antes',

  'meetingType.none': 'Sin tipo',

  'submit.book': 'Agendar reunión',
  'submit.retry': 'Intentar de nuevo',

  'success.heading': 'Reunión agendada',
  'success.recovered': 'Se cortó la conexión, pero encontramos la reunión: se agendó una sola vez.',
  'success.when': 'Cuándo',
  'success.contactTime': 'Hora del contacto',
  'success.attendees': 'Asistentes',
  'success.noAttendees': 'Solo tú y el contacto',
  'success.bookAnother': 'Agendar otra',

  'error.heading': 'La reunión no se agendó',
  'error.headingUnknown': 'No pudimos confirmar la reunión',
  'error.VALIDATION_ERROR': 'Algunos campos necesitan atención. Revisa los mensajes junto a ellos.',
  'error.NO_CONTACT':
    'Esta tarjeta solo funciona en un registro de contacto. Recarga la página e inténtalo de nuevo.',
  'error.UNAUTHORIZED':
    'El acceso de la app a HubSpot caducó o fue retirado. Pide a tu administrador de HubSpot que revise la app.',
  'error.MISSING_SCOPES':
    'A la app le falta un permiso ({scopes}). Pide a tu administrador de HubSpot que lo conceda e inténtalo de nuevo.',
  'error.NOT_FOUND':
    'Algo a lo que se refiere esta reunión ya no existe en HubSpot. Recarga la página e inténtalo de nuevo.',
  'error.RATE_LIMITED':
    'HubSpot está ocupado ahora. No se agendó nada; puedes intentarlo de nuevo sin riesgo en un minuto.',
  'error.NOT_CREATED': 'No se agendó nada. Puedes intentarlo de nuevo sin riesgo.',
  'error.OUTCOME_UNKNOWN':
    'HubSpot no respondió a tiempo, así que la reunión puede existir o no. Revisa la cronología de actividades del contacto antes de intentarlo de nuevo.',
  'error.HUBSPOT_UNAVAILABLE':
    'No se pudo contactar con HubSpot. No se agendó nada; inténtalo de nuevo en un momento.',
  'error.BAD_REQUEST': 'HubSpot no aceptó esta reunión. Revisa los datos e inténtalo de nuevo.',
  'error.INTERNAL_ERROR':
    'Algo falló de nuestro lado. Revisa la cronología de actividades del contacto antes de intentarlo de nuevo.',
  'error.correlationId': 'Referencia para soporte: {id}',
  'error.noOwner':
    'No tienes un registro de propietario en esta cuenta de HubSpot, así que aún no puedes organizar reuniones.',

  'issue.required': 'Obligatorio.',
  'issue.invalid_type': 'Este valor tiene el tipo incorrecto.',
  'issue.too_long': 'Demasiado largo: como máximo {max} caracteres.',
  'issue.too_many': 'Demasiados: como máximo {max}.',
  'issue.invalid_format': 'No tiene el formato esperado.',
  'issue.invalid_uuid': 'Identificador de solicitud no válido. Recarga la tarjeta e inténtalo de nuevo.',
  'issue.invalid_time_zone': 'Zona horaria desconocida: elige una de la lista.',
  'issue.nonexistent_local_time':
    'Esta hora no existe en esta zona horaria (el horario de verano la salta). Elige otra.',
  'issue.end_before_start': 'La reunión debe terminar después de empezar.',
  'issue.duration_too_long': 'Una reunión puede durar como máximo {hours} horas.',
  'issue.invalid_option': 'Elige una de las opciones.',
  'issue.out_of_range': 'Este valor está fuera del rango permitido.',
  'issue.unknown_id': 'HubSpot no reconoce este elemento. Elige otro.',
  'issue.end_or_duration': 'Elige una duración o una hora de fin, no ambas.',
  'issue.start_in_past': 'Esta hora ya pasó. Elige una hora a partir de ahora.',
  'issue.reminder_in_past':
    'Un recordatorio se enviaría antes de ahora. Desmárcalo o elige un inicio más tarde.',
  'issue.invalid_url': 'Escribe una dirección web que empiece por https://.',
};

// Every message of the card, in its three languages side by side: [English, Português (Brasil),
// Español]. One table: the keys are written once (the card's bundle carries each key once, not
// three times), and a message cannot be added in one language and forgotten in another.
// Placeholders are written {name} and filled by `translate`.
export const MESSAGES = {
  'title.suggestion': ['Meeting with {name}', 'Reunião com {name}', 'Reunión con {name}'],
  'field.title': ['Title', 'Título', 'Título'],
  'field.date': ['Date', 'Data', 'Fecha'],
  'field.startTime': ['Start time', 'Início', 'Hora de inicio'],
  'field.duration': ['Duration', 'Duração', 'Duración'],
  'field.endTime': ['End time', 'Término', 'Hora de fin'],
  'field.timezone': ['Time zone', 'Fuso horário', 'Zona horaria'],
  'field.locationType': ['Location type', 'Tipo de local', 'Tipo de ubicación'],
  'field.location': ['Location', 'Local', 'Ubicación'],
  'field.description': ['Description', 'Descrição', 'Descripción'],
  'field.description.help': [
    'Goes into the calendar invite.',
    'Vai no convite do calendário.',
    'Se incluye en la invitación del calendario.',
  ],
  'field.internalNotes': ['Internal notes', 'Notas internas', 'Notas internas'],
  'field.internalNotes.help': [
    'Only your team sees these.',
    'Só a sua equipe vê estas notas.',
    'Solo tu equipo las ve.',
  ],
  'field.attendees': ['Attendees', 'Participantes', 'Asistentes'],
  'field.attendees.loading': ['Loading teammates…', 'Carregando colegas…', 'Cargando compañeros…'],
  'field.attendees.unavailable': [
    'Teammates could not be loaded; you can still book without them.',
    'Não foi possível carregar os colegas; você ainda pode agendar sem eles.',
    'No se pudieron cargar los compañeros; aun así puedes agendar sin ellos.',
  ],
  'field.findPeople': ['Find more people', 'Encontrar mais pessoas', 'Buscar más personas'],
  'field.findPeople.found': [
    '{count} found: pick them in Attendees.',
    '{count} encontrado(s): escolha em Participantes.',
    '{count} encontrado(s): elígelos en Asistentes.',
  ],
  'field.meetingType': ['Meeting type', 'Tipo de reunião', 'Tipo de reunión'],
  'field.reminders': ['Email reminders', 'Lembretes por e-mail', 'Recordatorios por correo'],
  'field.reminders.help': ['Up to {max}.', 'Até {max}.', 'Hasta {max}.'],
  'field.includeDescription': [
    'Include the description in reminders',
    'Incluir a descrição nos lembretes',
    'Incluir la descripción en los recordatorios',
  ],

  'duration.minutes': ['{minutes} minutes', '{minutes} minutos', '{minutes} minutos'],
  'duration.custom': ['Choose an end time', 'Escolher horário de término', 'Elegir hora de fin'],

  'locationType.none': ['No location', 'Sem local', 'Sin ubicación'],
  'locationType.PHONE': ['Phone call', 'Ligação telefônica', 'Llamada telefónica'],
  'locationType.ADDRESS': ['Address', 'Endereço', 'Dirección'],
  'locationType.CUSTOM': ['Video or other link', 'Vídeo ou outro link', 'Video u otro enlace'],
  'location.placeholder.PHONE': ['Phone number', 'Número de telefone', 'Número de teléfono'],
  'location.placeholder.ADDRESS': ['Street, city', 'Rua, cidade', 'Calle, ciudad'],
  'location.placeholder.CUSTOM': ['https://…', 'https://…', 'https://…'],

  'reminder.15m': ['15 minutes before', '15 minutos antes', '15 minutos antes'],
  'reminder.30m': ['30 minutes before', '30 minutos antes', '30 minutos antes'],
  'reminder.1h': ['1 hour before', '1 hora antes', '1 hora antes'],
  'reminder.1d': ['1 day before', '1 dia antes', '1 día antes'],
  'reminder.1w': ['1 week before', '1 semana antes', '1 semana antes'],

  'meetingType.none': ['No type', 'Sem tipo', 'Sin tipo'],

  'submit.book': ['Book meeting', 'Agendar reunião', 'Agendar reunión'],
  'submit.retry': ['Try again', 'Tentar novamente', 'Intentar de nuevo'],
  'submit.checking': ['Checking…', 'Verificando…', 'Comprobando…'],

  'success.heading': ['Meeting booked', 'Reunião agendada', 'Reunión agendada'],
  'success.when': ['When', 'Quando', 'Cuándo'],
  'success.contactTime': ["Contact's time", 'Horário do contato', 'Hora del contacto'],
  'success.attendees': ['Attendees', 'Participantes', 'Asistentes'],
  'success.noAttendees': ['Only you and the contact', 'Só você e o contato', 'Solo tú y el contacto'],
  'success.bookAnother': ['Book another', 'Agendar outra', 'Agendar otra'],

  'error.heading': ['The meeting was not booked', 'A reunião não foi agendada', 'La reunión no se agendó'],
  'error.headingUnknown': [
    'We could not confirm the booking',
    'Não conseguimos confirmar o agendamento',
    'No pudimos confirmar la reunión',
  ],
  'error.VALIDATION_ERROR': [
    'Some fields need attention. Check the messages next to them.',
    'Alguns campos precisam de atenção. Veja as mensagens ao lado deles.',
    'Algunos campos necesitan atención. Revisa los mensajes junto a ellos.',
  ],
  'error.NO_CONTACT': [
    'This card only works on a contact record. Reload the page and try again.',
    'Este cartão só funciona em um registro de contato. Recarregue a página e tente novamente.',
    'Esta tarjeta solo funciona en un registro de contacto. Recarga la página e inténtalo de nuevo.',
  ],
  'error.NOT_FOUND': [
    'Something this meeting refers to no longer exists in HubSpot. Reload the page and try again.',
    'Algo a que esta reunião se refere não existe mais no HubSpot. Recarregue a página e tente novamente.',
    'Algo a lo que se refiere esta reunión ya no existe en HubSpot. Recarga la página e inténtalo de nuevo.',
  ],
  'error.VERIFYING': [
    'HubSpot has not confirmed it yet. Checking…',
    'O HubSpot ainda não confirmou. Verificando…',
    'HubSpot aún no lo ha confirmado. Comprobando…',
  ],
  'error.BAD_REQUEST': [
    'HubSpot did not accept this meeting. Check the details and try again.',
    'O HubSpot não aceitou esta reunião. Confira os dados e tente novamente.',
    'HubSpot no aceptó esta reunión. Revisa los datos e inténtalo de nuevo.',
  ],
  'error.INTERNAL_ERROR': [
    "Something went wrong on our side. Check the contact's activity timeline before trying again.",
    'Algo deu errado do nosso lado. Confira a linha do tempo de atividades do contato antes de tentar novamente.',
    'Algo falló de nuestro lado. Revisa la cronología de actividades del contacto antes de intentarlo de nuevo.',
  ],
  'error.correlationId': [
    'Support reference: {id}',
    'Referência para o suporte: {id}',
    'Referencia para soporte: {id}',
  ],

  'issue.required': ['Required.', 'Obrigatório.', 'Obligatorio.'],
  'issue.invalid_type': [
    'This value has the wrong type.',
    'Este valor tem o tipo errado.',
    'Este valor tiene el tipo incorrecto.',
  ],
  'issue.too_long': [
    'Too long: at most {max} characters.',
    'Longo demais: no máximo {max} caracteres.',
    'Demasiado largo: como máximo {max} caracteres.',
  ],
  'issue.too_many': [
    'Too many: at most {max}.',
    'Demais: no máximo {max}.',
    'Demasiados: como máximo {max}.',
  ],
  'issue.invalid_format': [
    'This is not in the expected format.',
    'Não está no formato esperado.',
    'No tiene el formato esperado.',
  ],
  'issue.invalid_uuid': [
    'Invalid request id. Reload the card and try again.',
    'Identificador de pedido inválido. Recarregue o cartão e tente novamente.',
    'Identificador de solicitud no válido. Recarga la tarjeta e inténtalo de nuevo.',
  ],
  'issue.invalid_time_zone': [
    'Unknown time zone: choose one from the list.',
    'Fuso horário desconhecido: escolha um da lista.',
    'Zona horaria desconocida: elige una de la lista.',
  ],
  'issue.nonexistent_local_time': [
    'This time does not exist in this time zone (daylight saving skips it). Pick another.',
    'Este horário não existe neste fuso (o horário de verão o pula). Escolha outro.',
    'Esta hora no existe en esta zona horaria (el horario de verano la salta). Elige otra.',
  ],
  'issue.end_before_start': [
    'The meeting must end after it starts.',
    'A reunião deve terminar depois de começar.',
    'La reunión debe terminar después de empezar.',
  ],
  'issue.duration_too_long': [
    'A meeting can last at most {hours} hours.',
    'Uma reunião pode durar no máximo {hours} horas.',
    'Una reunión puede durar como máximo {hours} horas.',
  ],
  'issue.invalid_option': [
    'Choose one of the options.',
    'Escolha uma das opções.',
    'Elige una de las opciones.',
  ],
  'issue.out_of_range': [
    'This value is out of range.',
    'Este valor está fora do intervalo permitido.',
    'Este valor está fuera del rango permitido.',
  ],
  'issue.unknown_id': [
    'HubSpot does not know this one. Choose another.',
    'O HubSpot não conhece este item. Escolha outro.',
    'HubSpot no reconoce este elemento. Elige otro.',
  ],
  'issue.end_or_duration': [
    'Choose a duration or an end time, not both.',
    'Escolha uma duração ou um horário de término, não os dois.',
    'Elige una duración o una hora de fin, no ambas.',
  ],
  'issue.start_in_past': [
    'This time has already passed. Pick a time from now on.',
    'Este horário já passou. Escolha um horário a partir de agora.',
    'Esta hora ya pasó. Elige una hora a partir de ahora.',
  ],
  'issue.reminder_in_past': [
    'A reminder would be sent before now. Untick it or pick a later start.',
    'Um lembrete seria enviado antes de agora. Desmarque-o ou escolha um início mais tarde.',
    'Un recordatorio se enviaría antes de ahora. Desmárcalo o elige un inicio más tarde.',
  ],
  'issue.invalid_url': [
    'Enter a web address starting with https://.',
    'Digite um endereço da web que comece com https://.',
    'Escribe una dirección web que empiece por https://.',
  ],
  'field.timezone.search': ['Find a time zone', 'Encontrar um fuso horário', 'Buscar una zona horaria'],
  'field.timezone.search.none': [
    'No time zone matches.',
    'Nenhum fuso horário encontrado.',
    'Ninguna zona horaria coincide.',
  ],
  'field.reminders.max': [
    'You can tick up to {max}. Untick one to choose another.',
    'Você pode marcar até {max}. Desmarque um para escolher outro.',
    'Puedes marcar hasta {max}. Desmarca uno para elegir otro.',
  ],
  'timezone.role.you': ['you', 'você', 'tú'],
  'timezone.role.account': ['account', 'conta', 'cuenta'],
  'timezone.role.contact': ['contact', 'contato', 'contacto'],
  'timezone.contactLocalTime': [
    "Contact's time: {time}",
    'Horário do contato: {time}',
    'Hora del contacto: {time}',
  ],
  'timezone.yourTime': ['Your time: {time}', 'Seu horário: {time}', 'Tu hora: {time}'],
  'duration.endsNextDay': ['Ends the next day.', 'Termina no dia seguinte.', 'Termina al día siguiente.'],
  'summary.fields': [
    'Nothing was sent. Fix: {fields}.',
    'Nada foi enviado. Corrija: {fields}.',
    'No se envió nada. Corrige: {fields}.',
  ],
  'submit.noOwner': [
    'Booking needs an owner record.',
    'Agendar exige um registro de proprietário.',
    'Agendar requiere un registro de propietario.',
  ],
  'success.yourTime': ['Your time', 'Seu horário', 'Tu hora'],
  'success.location': ['Location', 'Local', 'Ubicación'],
  'success.meetingType': ['Meeting type', 'Tipo de reunião', 'Tipo de reunión'],
  'success.reminders': ['Email reminders', 'Lembretes por e-mail', 'Recordatorios por correo'],
  'install.heading': [
    'Meeting Card cannot reach this HubSpot account',
    'O Meeting Card não consegue acessar esta conta do HubSpot',
    'Meeting Card no puede acceder a esta cuenta de HubSpot',
  ],
  'install.retry': ['Check again', 'Verificar novamente', 'Comprobar de nuevo'],
  'cause.hubspot_error': [
    'HubSpot answered with an error.',
    'O HubSpot respondeu com um erro.',
    'HubSpot respondió con un error.',
  ],
  'cause.timeout': [
    'HubSpot did not answer in time.',
    'O HubSpot não respondeu a tempo.',
    'HubSpot no respondió a tiempo.',
  ],
  'cause.connection': [
    'The connection to HubSpot dropped.',
    'A conexão com o HubSpot caiu.',
    'Se cortó la conexión con HubSpot.',
  ],
  'cause.unconfirmed': [
    'HubSpot did not confirm the booking.',
    'O HubSpot não confirmou o agendamento.',
    'HubSpot no confirmó la reunión.',
  ],
  'success.recovered': [
    '{cause} We checked and found the meeting: it was booked once.',
    '{cause} Verificamos e encontramos a reunião: ela foi agendada uma única vez.',
    '{cause} Lo comprobamos y encontramos la reunión: se agendó una sola vez.',
  ],
  'error.RATE_LIMITED': [
    '{cause} Nothing was booked; try again in {seconds} seconds.',
    '{cause} Nada foi agendado; tente novamente em {seconds} segundos.',
    '{cause} No se agendó nada; inténtalo de nuevo en {seconds} segundos.',
  ],
  'error.NOT_CREATED': [
    '{cause} We checked: nothing was booked, so it is safe to try again.',
    '{cause} Verificamos: nada foi agendado, então pode tentar novamente com segurança.',
    '{cause} Lo comprobamos: no se agendó nada, así que puedes intentarlo de nuevo sin riesgo.',
  ],
  'error.OUTCOME_UNKNOWN': [
    "{cause} The meeting may or may not exist: check the contact's activity timeline before trying again.",
    '{cause} A reunião pode ou não existir: confira a linha do tempo de atividades do contato antes de tentar novamente.',
    '{cause} La reunión puede existir o no: revisa la cronología de actividades del contacto antes de intentarlo de nuevo.',
  ],
  'error.HUBSPOT_UNAVAILABLE': [
    '{cause} Nothing was booked; try again in a moment.',
    '{cause} Nada foi agendado; tente novamente em instantes.',
    '{cause} No se agendó nada; inténtalo de nuevo en un momento.',
  ],
  'field.timezone.search.help': [
    'Type a city; matches join the list.',
    'Digite uma cidade; os resultados entram na lista.',
    'Escribe una ciudad; los resultados se añaden a la lista.',
  ],
  'submit.progress': [
    'Booking… the form is locked until HubSpot answers.',
    'Agendando… o formulário fica bloqueado até o HubSpot responder.',
    'Agendando… el formulario queda bloqueado hasta que HubSpot responda.',
  ],
  'error.UNAUTHORIZED': [
    'Meeting Card is not installed here any more, or its access was removed. Ask a HubSpot admin to install it again.',
    'O Meeting Card não está mais instalado aqui ou perdeu o acesso. Peça a um administrador do HubSpot para instalá-lo de novo.',
    'Meeting Card ya no está instalado aquí o perdió su acceso. Pide a un administrador de HubSpot que lo vuelva a instalar.',
  ],
  'error.MISSING_SCOPES': [
    'Meeting Card lacks a permission ({scopes}). Ask a HubSpot admin to reinstall it and accept it.',
    'O Meeting Card não tem uma permissão ({scopes}). Peça a um administrador do HubSpot para reinstalá-lo e aceitá-la.',
    'A Meeting Card le falta un permiso ({scopes}). Pide a un administrador de HubSpot que lo reinstale y lo acepte.',
  ],
  'error.noOwner': [
    'You have no owner record in this HubSpot account, so you cannot organize meetings. Ask a HubSpot admin for a user seat (Settings › Users & Teams), then reload.',
    'Você não tem registro de proprietário nesta conta, então não pode organizar reuniões. Peça a um administrador uma licença de usuário (Configurações › Usuários e equipes) e recarregue.',
    'No tienes registro de propietario en esta cuenta, así que no puedes organizar reuniones. Pide a un administrador una licencia de usuario (Configuración › Usuarios y equipos) y recarga.',
  ],
  'cause.rate_limit': [
    "HubSpot's rate limit for this account was reached.",
    'O limite de solicitações do HubSpot para esta conta foi atingido.',
    'Se alcanzó el límite de solicitudes de HubSpot de esta cuenta.',
  ],
  // Issue 10: the record panel (upcoming meetings, associations, free times, conflicts).
  'record.upcoming': ['Upcoming meetings', 'Próximas reuniões', 'Próximas reuniones'],
  'record.noUpcoming': ['No upcoming meetings.', 'Nenhuma reunião marcada.', 'No hay reuniones próximas.'],
  'record.cancel': ['Mark canceled', 'Marcar cancelada', 'Marcar cancelada'],
  'record.noShow': ['Mark no-show', 'Marcar não compareceu', 'Marcar no asistió'],
  'record.outcomeNote': [
    'HubSpot changes only the meeting: it does not say whether the calendar invite changes.',
    'O HubSpot muda só a reunião: não diz se o convite da agenda muda.',
    'HubSpot cambia solo la reunión: no dice si cambia la invitación del calendario.',
  ],
  'record.outcomeDone': [
    '{title}: Marked {outcome}.',
    '{title}: marcada como {outcome}.',
    '{title}: marcada como {outcome}.',
  ],
  'record.outcomeFailed': [
    'The change was not confirmed. Reload the card.',
    'A mudança não foi confirmada. Recarregue o cartão.',
    'No se confirmó el cambio. Recarga la tarjeta.',
  ],
  'record.CANCELED': ['canceled', 'cancelada', 'cancelada'],
  'record.NO_SHOW': ['no-show', 'não compareceu', 'no asistió'],
  'record.contact': ['Contact', 'Contato', 'Contacto'],
  'record.deal': ['Deal', 'Negócio', 'Negocio'],
  'record.noDeal': ['No deal', 'Nenhum negócio', 'Ningún negocio'],
  'record.company': ['Also associated with {name}', 'Também associada a {name}', 'También asociada a {name}'],
  'record.noContacts': [
    'This record has no contacts.',
    'Este registro não tem contatos.',
    'Este registro no tiene contactos.',
  ],
  'record.limitedDeals': [
    'Deals hidden: the app may not read them.',
    'Negócios ocultos: o app não pode lê-los.',
    'Negocios ocultos: la app no puede leerlos.',
  ],
  'record.open': ['Open', 'Abrir', 'Abrir'],
  'slots.title': ['Free times', 'Horários livres', 'Horas libres'],
  'slots.none': [
    'No free times this month.',
    'Nenhum horário livre este mês.',
    'No hay horas libres este mes.',
  ],
  'slots.noLink': [
    'You have no HubSpot scheduling page: type the time.',
    'Você não tem página de agendamento no HubSpot: digite o horário.',
    'No tienes página de programación en HubSpot: escribe la hora.',
  ],
  'slots.noScope': [
    'Free times need an extra app permission: type the time.',
    'Horários livres exigem outra permissão do app: digite o horário.',
    'Las horas libres necesitan otro permiso de la app: escribe la hora.',
  ],
  'slots.offline': [
    'HubSpot lost your calendar: busy times are unknown and the invite may not be sent.',
    'O HubSpot perdeu sua agenda: ocupados desconhecidos, o convite pode não ser enviado.',
    'HubSpot perdió tu calendario: ocupadas desconocidas, puede no enviarse la invitación.',
  ],
  'conflict.busy': [
    'You are busy then ({range}).',
    'Você está ocupado nesse horário ({range}).',
    'Estás ocupado a esa hora ({range}).',
  ],
  'conflict.overlap': [
    'Overlaps with "{title}" ({range}).',
    'Sobrepõe "{title}" ({range}).',
    'Se solapa con "{title}" ({range}).',
  ],
  'conflict.sameDay': [
    '"{title}" is already that day ({range}).',
    '"{title}" já está nesse dia ({range}).',
    '"{title}" ya está ese día ({range}).',
  ],
} as const satisfies Record<string, readonly [en: string, ptBR: string, es: string]>;

export type MessageKey = keyof typeof MESSAGES;
export type Catalogue = Record<MessageKey, string>;

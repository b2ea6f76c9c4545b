import type { Catalogue } from './en';

// Português (Brasil). Same keys as en.ts.
export const ptBR: Catalogue = {
  'card.loadingRecord': 'Carregando o contato…',

  'title.suggestion': 'Reunião com {name}',
  'field.title': 'Título',
  'field.date': 'Data',
  'field.startTime': 'Início',
  'field.duration': 'Duração',
  'field.endTime': 'Término',
  'field.timezone': 'Fuso horário',
  'field.locationType': 'Tipo de local',
  'field.location': 'Local',
  'field.description': 'Descrição',
  'field.description.help': 'Vai no convite do calendário.',
  'field.internalNotes': 'Notas internas',
  'field.internalNotes.help': 'Só a sua equipe vê estas notas.',
  'field.attendees': 'Participantes',
  'field.attendees.loading': 'Carregando colegas…',
  'field.attendees.unavailable': 'Não foi possível carregar os colegas; você ainda pode agendar sem eles.',
  'field.findPeople': 'Encontrar mais pessoas',
  'field.findPeople.found': '{count} encontrado(s): escolha em Participantes.',
  'field.meetingType': 'Tipo de reunião',
  'field.reminders': 'Lembretes por e-mail',
  'field.reminders.help': 'Até {max}.',
  'field.includeDescription': 'Incluir a descrição nos lembretes',

  'duration.minutes': '{minutes} minutos',
  'duration.custom': 'Escolher horário de término',

  'timezone.account': 'Fuso da conta ({zone})',
  'timezone.contact': 'Fuso do contato ({zone})',
  'timezone.contactLocalTime': 'Horário local do contato: {time}',

  'locationType.none': 'Sem local',
  'locationType.PHONE': 'Ligação telefônica',
  'locationType.ADDRESS': 'Endereço',
  'locationType.CUSTOM': 'Vídeo ou outro link',
  'location.placeholder.PHONE': 'Número de telefone',
  'location.placeholder.ADDRESS': 'Rua, cidade',
  'location.placeholder.CUSTOM': 'https://…',

  'reminder.15m': '15 minutos antes',
  'reminder.30m': '30 minutos antes',
  'reminder.1h': '1 hora antes',
  'reminder.1d': '1 dia antes',
  'reminder.1w': '1 semana antes',

  'meetingType.none': 'Sem tipo',

  'submit.book': 'Agendar reunião',
  'submit.retry': 'Tentar novamente',

  'success.heading': 'Reunião agendada',
  'success.recovered': 'A conexão caiu, mas encontramos a reunião: ela foi agendada uma única vez.',
  'success.when': 'Quando',
  'success.contactTime': 'Horário do contato',
  'success.attendees': 'Participantes',
  'success.noAttendees': 'Só você e o contato',
  'success.bookAnother': 'Agendar outra',

  'error.heading': 'A reunião não foi agendada',
  'error.headingUnknown': 'Não conseguimos confirmar o agendamento',
  'error.VALIDATION_ERROR': 'Alguns campos precisam de atenção. Veja as mensagens ao lado deles.',
  'error.NO_CONTACT':
    'Este cartão só funciona em um registro de contato. Recarregue a página e tente novamente.',
  'error.UNAUTHORIZED':
    'O acesso do app ao HubSpot expirou ou foi removido. Peça ao administrador do HubSpot para verificar o app.',
  'error.MISSING_SCOPES':
    'Falta uma permissão ao app ({scopes}). Peça ao administrador do HubSpot para concedê-la e tente novamente.',
  'error.NOT_FOUND':
    'Algo a que esta reunião se refere não existe mais no HubSpot. Recarregue a página e tente novamente.',
  'error.RATE_LIMITED':
    'O HubSpot está ocupado agora. Nada foi agendado; pode tentar novamente com segurança em um minuto.',
  'error.NOT_CREATED': 'Nada foi agendado. Pode tentar novamente com segurança.',
  'error.OUTCOME_UNKNOWN':
    'O HubSpot não respondeu a tempo, então a reunião pode ou não existir. Confira a linha do tempo de atividades do contato antes de tentar novamente.',
  'error.HUBSPOT_UNAVAILABLE':
    'Não foi possível acessar o HubSpot. Nada foi agendado; tente novamente em instantes.',
  'error.BAD_REQUEST': 'O HubSpot não aceitou esta reunião. Confira os dados e tente novamente.',
  'error.INTERNAL_ERROR':
    'Algo deu errado do nosso lado. Confira a linha do tempo de atividades do contato antes de tentar novamente.',
  'error.correlationId': 'Referência para o suporte: {id}',
  'error.noOwner':
    'Você não tem um registro de proprietário nesta conta do HubSpot, então ainda não pode organizar reuniões.',

  'issue.required': 'Obrigatório.',
  'issue.invalid_type': 'Este valor tem o tipo errado.',
  'issue.too_long': 'Longo demais: no máximo {max} caracteres.',
  'issue.too_many': 'Demais: no máximo {max}.',
  'issue.invalid_format': 'Não está no formato esperado.',
  'issue.invalid_uuid': 'Identificador de pedido inválido. Recarregue o cartão e tente novamente.',
  'issue.invalid_time_zone': 'Fuso horário desconhecido: escolha um da lista.',
  'issue.nonexistent_local_time':
    'Este horário não existe neste fuso (o horário de verão o pula). Escolha outro.',
  'issue.end_before_start': 'A reunião deve terminar depois de começar.',
  'issue.duration_too_long': 'Uma reunião pode durar no máximo {hours} horas.',
  'issue.invalid_option': 'Escolha uma das opções.',
  'issue.out_of_range': 'Este valor está fora do intervalo permitido.',
  'issue.unknown_id': 'O HubSpot não conhece este item. Escolha outro.',
  'issue.end_or_duration': 'Escolha uma duração ou um horário de término, não os dois.',
  'issue.start_in_past': 'Este horário já passou. Escolha um horário a partir de agora.',
  'issue.reminder_in_past':
    'Um lembrete seria enviado antes de agora. Desmarque-o ou escolha um início mais tarde.',
  'issue.invalid_url': 'Digite um endereço da web que comece com https://.',
};

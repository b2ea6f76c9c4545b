import type { Language } from './index';

// The record panel's words (issue 10): free slots, conflicts, upcoming meetings, associations.
// Kept apart from the form's catalogues; the same keys in every language (records.test.ts checks).
const en = {
  upcoming: 'Upcoming meetings',
  noUpcoming: 'No upcoming meetings.',
  cancel: 'Mark canceled',
  noShow: 'Mark no-show',
  outcomeNote:
    'This changes the meeting in HubSpot only; HubSpot does not say whether the calendar invite changes.',
  outcomeDone: 'Marked {outcome}.',
  outcomeFailed: 'The change could not be confirmed. Reload the card to see the meeting.',
  contact: 'Contact',
  deal: 'Deal',
  noDeal: 'No deal',
  company: 'Also associated with {name}',
  noContacts: 'This record has no contacts to meet.',
  slots: 'Free times',
  inZone: '{time} ({zone})',
  noSlots: 'No free times on the scheduling page this month.',
  noLink: 'You have no HubSpot scheduling page, so free times cannot be shown. Type the time.',
  noScope: 'Free times need an extra permission for the app; type the time.',
  offline:
    'HubSpot has lost the connection to your calendar: busy times are unknown and the invite may not be sent.',
  limitedDeals: 'Deals are not shown: the app may not read deals.',
  busy: 'You are busy then ({range}).',
  overlap: 'Overlaps with "{title}" ({range}).',
  sameDay: '"{title}" is already on that day ({range}).',
  open: 'Open',
  CANCELED: 'canceled',
  NO_SHOW: 'no-show',
};
export type RecordKey = keyof typeof en;

const ptBR: Record<RecordKey, string> = {
  upcoming: 'Próximas reuniões',
  noUpcoming: 'Nenhuma reunião marcada.',
  cancel: 'Marcar cancelada',
  noShow: 'Marcar não compareceu',
  outcomeNote: 'Isso muda a reunião só no HubSpot; o HubSpot não diz se o convite da agenda muda.',
  outcomeDone: 'Marcada como {outcome}.',
  outcomeFailed: 'A mudança não foi confirmada. Recarregue o cartão para ver a reunião.',
  contact: 'Contato',
  deal: 'Negócio',
  noDeal: 'Nenhum negócio',
  company: 'Também associada a {name}',
  noContacts: 'Este registro não tem contatos.',
  slots: 'Horários livres',
  inZone: '{time} ({zone})',
  noSlots: 'Nenhum horário livre na página de agendamento este mês.',
  noLink: 'Você não tem página de agendamento no HubSpot; digite o horário.',
  noScope: 'Horários livres exigem uma permissão extra do app; digite o horário.',
  offline:
    'O HubSpot perdeu a conexão com sua agenda: horários ocupados são desconhecidos e o convite pode não ser enviado.',
  limitedDeals: 'Negócios não aparecem: o app não pode ler negócios.',
  busy: 'Você está ocupado nesse horário ({range}).',
  overlap: 'Sobrepõe "{title}" ({range}).',
  sameDay: '"{title}" já está nesse dia ({range}).',
  open: 'Abrir',
  CANCELED: 'cancelada',
  NO_SHOW: 'não compareceu',
};

const es: Record<RecordKey, string> = {
  upcoming: 'Próximas reuniones',
  noUpcoming: 'No hay reuniones próximas.',
  cancel: 'Marcar cancelada',
  noShow: 'Marcar no asistió',
  outcomeNote:
    'Esto cambia la reunión solo en HubSpot; HubSpot no dice si cambia la invitación del calendario.',
  outcomeDone: 'Marcada como {outcome}.',
  outcomeFailed: 'No se pudo confirmar el cambio. Recarga la tarjeta para ver la reunión.',
  contact: 'Contacto',
  deal: 'Negocio',
  noDeal: 'Ningún negocio',
  company: 'También asociada a {name}',
  noContacts: 'Este registro no tiene contactos.',
  slots: 'Horas libres',
  inZone: '{time} ({zone})',
  noSlots: 'No hay horas libres en la página de programación este mes.',
  noLink: 'No tienes página de programación en HubSpot; escribe la hora.',
  noScope: 'Las horas libres necesitan un permiso extra de la app; escribe la hora.',
  offline:
    'HubSpot perdió la conexión con tu calendario: no se conocen las horas ocupadas y puede que no se envíe la invitación.',
  limitedDeals: 'No se muestran negocios: la app no puede leer negocios.',
  busy: 'Estás ocupado a esa hora ({range}).',
  overlap: 'Se solapa con "{title}" ({range}).',
  sameDay: '"{title}" ya está ese día ({range}).',
  open: 'Abrir',
  CANCELED: 'cancelada',
  NO_SHOW: 'no asistió',
};

export const RECORD_CATALOGUES: Record<Language, Record<RecordKey, string>> = { en, 'pt-BR': ptBR, es };

export type RecordTranslate = (key: RecordKey, params?: Record<string, string>) => string;

export function recordTranslator(language: Language): RecordTranslate {
  const catalogue = RECORD_CATALOGUES[language];
  return (key, params = {}) => catalogue[key].replace(/\{(\w+)\}/g, (_, name: string) => params[name] ?? '');
}

/** "Tue 12 Mar, 10:00" in `timeZone`. */
export function formatInstant(ms: number, locale: string, timeZone: string): string {
  return new Intl.DateTimeFormat(locale, {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  }).format(ms);
}

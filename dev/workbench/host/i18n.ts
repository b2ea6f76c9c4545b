// The workbench's own words in the simulated user's language: the record page around the card
// (contact panel, tabs, activity timeline, toasts) and the HubSpot components' built-in strings
// ("No options", "Close", …), as HubSpot shows them in the user's language. The developer panels
// (card context, faults, demo data, install) stay in English: they are the workbench's tools, not
// part of the page a rep sees.
import { createContext, useContext } from 'react';

export type HostLanguage = 'en' | 'pt-BR' | 'es';

const en = {
  // HubSpot components' own strings.
  noOptions: 'No options',
  selectAnOption: 'Select an option',
  remove: 'Remove',
  loading: 'Loading',
  pages: 'Pages',
  close: 'Close',
  unsupported: (name: string) => `Not available in the workbench: ${name}`,
  cardCrashed: 'The card crashed',
  noCard: 'No card',
  noCardBody: 'The card module did not call hubspot.extend().',
  // The record page.
  contactRegion: 'Contact',
  aboutContact: 'About this contact',
  email: 'Email',
  phone: 'Phone number',
  timeZone: 'Time zone',
  contactOwner: 'Contact owner',
  recordId: 'Record id',
  recordTabs: 'Record tabs',
  overview: 'Overview',
  contactFallback: (id: string) => `Contact ${id}`,
  jobAtCompany: (job: string, company: string) => `${job} at ${company}`,
  dismiss: 'Dismiss',
  // The activity timeline.
  activity: 'Activity',
  activityTimeline: 'Activity timeline',
  meetingCount: (n: number) => (n === 1 ? '1 meeting' : `${n} meetings`),
  refresh: 'Refresh',
  timelineError: 'Could not read the timeline',
  loadingActivity: 'Loading activity…',
  noMeetings: 'No meetings with this contact yet.',
  meeting: 'Meeting',
  outcomes: {
    SCHEDULED: 'scheduled',
    COMPLETED: 'completed',
    RESCHEDULED: 'rescheduled',
    NO_SHOW: 'no show',
    CANCELED: 'canceled',
  } as Record<string, string>,
  meetingLabel: (title: string) => `Meeting: ${title}`,
  organizer: 'Organizer',
  attendees: 'Attendees',
  location: 'Location',
  owner: (id: string) => `Owner ${id}`,
};

export type HostText = typeof en;

const ptBR: HostText = {
  noOptions: 'Nenhuma opção',
  selectAnOption: 'Selecione uma opção',
  remove: 'Remover',
  loading: 'Carregando',
  pages: 'Páginas',
  close: 'Fechar',
  unsupported: (name) => `Indisponível no workbench: ${name}`,
  cardCrashed: 'O cartão falhou',
  noCard: 'Nenhum cartão',
  noCardBody: 'O módulo do cartão não chamou hubspot.extend().',
  contactRegion: 'Contato',
  aboutContact: 'Sobre este contato',
  email: 'E-mail',
  phone: 'Número de telefone',
  timeZone: 'Fuso horário',
  contactOwner: 'Proprietário do contato',
  recordId: 'ID do registro',
  recordTabs: 'Abas do registro',
  overview: 'Visão geral',
  contactFallback: (id) => `Contato ${id}`,
  jobAtCompany: (job, company) => `${job} na ${company}`,
  dismiss: 'Dispensar',
  activity: 'Atividades',
  activityTimeline: 'Linha do tempo de atividades',
  meetingCount: (n) => (n === 1 ? '1 reunião' : `${n} reuniões`),
  refresh: 'Atualizar',
  timelineError: 'Não foi possível ler a linha do tempo',
  loadingActivity: 'Carregando atividades…',
  noMeetings: 'Ainda não há reuniões com este contato.',
  meeting: 'Reunião',
  outcomes: {
    SCHEDULED: 'agendada',
    COMPLETED: 'concluída',
    RESCHEDULED: 'reagendada',
    NO_SHOW: 'não compareceu',
    CANCELED: 'cancelada',
  },
  meetingLabel: (title) => `Reunião: ${title}`,
  organizer: 'Organizador',
  attendees: 'Participantes',
  location: 'Local',
  owner: (id) => `Proprietário ${id}`,
};

const es: HostText = {
  noOptions: 'No hay opciones',
  selectAnOption: 'Selecciona una opción',
  remove: 'Quitar',
  loading: 'Cargando',
  pages: 'Páginas',
  close: 'Cerrar',
  unsupported: (name) => `No disponible en el workbench: ${name}`,
  cardCrashed: 'La tarjeta falló',
  noCard: 'No hay tarjeta',
  noCardBody: 'El módulo de la tarjeta no llamó a hubspot.extend().',
  contactRegion: 'Contacto',
  aboutContact: 'Acerca de este contacto',
  email: 'Correo',
  phone: 'Número de teléfono',
  timeZone: 'Zona horaria',
  contactOwner: 'Propietario del contacto',
  recordId: 'ID del registro',
  recordTabs: 'Pestañas del registro',
  overview: 'Resumen',
  contactFallback: (id) => `Contacto ${id}`,
  jobAtCompany: (job, company) => `${job} en ${company}`,
  dismiss: 'Descartar',
  activity: 'Actividad',
  activityTimeline: 'Cronología de actividad',
  meetingCount: (n) => (n === 1 ? '1 reunión' : `${n} reuniones`),
  refresh: 'Actualizar',
  timelineError: 'No se pudo leer la cronología',
  loadingActivity: 'Cargando actividad…',
  noMeetings: 'Todavía no hay reuniones con este contacto.',
  meeting: 'Reunión',
  outcomes: {
    SCHEDULED: 'programada',
    COMPLETED: 'completada',
    RESCHEDULED: 'reprogramada',
    NO_SHOW: 'no asistió',
    CANCELED: 'cancelada',
  },
  meetingLabel: (title) => `Reunión: ${title}`,
  organizer: 'Organizador',
  attendees: 'Asistentes',
  location: 'Ubicación',
  owner: (id) => `Propietario ${id}`,
};

const CATALOGUES: Record<HostLanguage, HostText> = { en, 'pt-BR': ptBR, es };

/** The catalogue for a user's locale: any Portuguese is pt-BR, any Spanish es, anything else English. */
export function hostLanguage(locale: string | undefined): HostLanguage {
  const tag = (locale ?? '').toLowerCase();
  if (tag === 'pt' || tag.startsWith('pt-')) return 'pt-BR';
  if (tag === 'es' || tag.startsWith('es-')) return 'es';
  return 'en';
}

export function hostText(locale: string | undefined): HostText {
  return CATALOGUES[hostLanguage(locale)];
}

/** Provided by the page with the simulated user's locale; the components read their words from it. */
export const HostTextContext = createContext<HostText>(en);

export function useHostText(): HostText {
  return useContext(HostTextContext);
}

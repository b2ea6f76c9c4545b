// The workbench's own words in the simulated user's language: the record page around the card
// (contact, company and deal panels, tabs, activity timeline, toasts) and the HubSpot components' built-in strings
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
  // Company and deal records (the card runs on them too).
  companyRegion: 'Company',
  dealRegion: 'Deal',
  aboutCompany: 'About this company',
  aboutDeal: 'About this deal',
  domain: 'Company domain name',
  city: 'City',
  amount: 'Amount',
  dealStage: 'Deal stage',
  closeDate: 'Close date',
  pipeline: 'Pipeline',
  companyOwner: 'Company owner',
  dealOwner: 'Deal owner',
  companyFallback: (id: string) => `Company ${id}`,
  dealFallback: (id: string) => `Deal ${id}`,
  associated: { contacts: 'Contacts', companies: 'Companies', deals: 'Deals' } as Record<string, string>,
  noneAssociated: 'None',
  noMeetingsOn: {
    contacts: 'No meetings with this contact yet.',
    companies: 'No meetings on this company yet.',
    deals: 'No meetings on this deal yet.',
  } as Record<string, string>,
  dealStages: {
    appointmentscheduled: 'Appointment scheduled',
    qualifiedtobuy: 'Qualified to buy',
    presentationscheduled: 'Presentation scheduled',
    decisionmakerboughtin: 'Decision maker bought-in',
    contractsent: 'Contract sent',
    closedwon: 'Closed won',
    closedlost: 'Closed lost',
  } as Record<string, string>,
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
  companyRegion: 'Empresa',
  dealRegion: 'Negócio',
  aboutCompany: 'Sobre esta empresa',
  aboutDeal: 'Sobre este negócio',
  domain: 'Domínio da empresa',
  city: 'Cidade',
  amount: 'Valor',
  dealStage: 'Etapa do negócio',
  closeDate: 'Data de fechamento',
  pipeline: 'Pipeline',
  companyOwner: 'Proprietário da empresa',
  dealOwner: 'Proprietário do negócio',
  companyFallback: (id) => `Empresa ${id}`,
  dealFallback: (id) => `Negócio ${id}`,
  associated: { contacts: 'Contatos', companies: 'Empresas', deals: 'Negócios' },
  noneAssociated: 'Nenhum',
  noMeetingsOn: {
    contacts: 'Ainda não há reuniões com este contato.',
    companies: 'Ainda não há reuniões nesta empresa.',
    deals: 'Ainda não há reuniões neste negócio.',
  },
  dealStages: {
    appointmentscheduled: 'Reunião agendada',
    qualifiedtobuy: 'Qualificado para comprar',
    presentationscheduled: 'Apresentação agendada',
    decisionmakerboughtin: 'Tomador de decisão envolvido',
    contractsent: 'Contrato enviado',
    closedwon: 'Fechado ganho',
    closedlost: 'Fechado perdido',
  },
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
  companyRegion: 'Empresa',
  dealRegion: 'Negocio',
  aboutCompany: 'Acerca de esta empresa',
  aboutDeal: 'Acerca de este negocio',
  domain: 'Dominio de la empresa',
  city: 'Ciudad',
  amount: 'Importe',
  dealStage: 'Etapa del negocio',
  closeDate: 'Fecha de cierre',
  pipeline: 'Pipeline',
  companyOwner: 'Propietario de la empresa',
  dealOwner: 'Propietario del negocio',
  companyFallback: (id) => `Empresa ${id}`,
  dealFallback: (id) => `Negocio ${id}`,
  associated: { contacts: 'Contactos', companies: 'Empresas', deals: 'Negocios' },
  noneAssociated: 'Ninguno',
  noMeetingsOn: {
    contacts: 'Todavía no hay reuniones con este contacto.',
    companies: 'Todavía no hay reuniones en esta empresa.',
    deals: 'Todavía no hay reuniones en este negocio.',
  },
  dealStages: {
    appointmentscheduled: 'Cita programada',
    qualifiedtobuy: 'Calificado para comprar',
    presentationscheduled: 'Presentación programada',
    decisionmakerboughtin: 'Responsable de decisiones involucrado',
    contractsent: 'Contrato enviado',
    closedwon: 'Cierre ganado',
    closedlost: 'Cierre perdido',
  },
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

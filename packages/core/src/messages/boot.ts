import type { MessageKey } from './en';

// What the card says in Portuguese and Spanish before (or without) its server's answer, which brings
// the rest of the language: waiting for it, and not getting it. Only these ride in the card's bundle.
export const BOOT_KEYS = [
  'load.waiting',
  'load.failed',
  'load.retry',
] as const satisfies readonly MessageKey[];
export type BootKey = (typeof BOOT_KEYS)[number];

export const BOOT_MESSAGES = {
  'pt-BR': {
    'load.waiting': 'Carregando o Meeting Card…',
    'load.failed':
      'O Meeting Card não conseguiu carregar o português do servidor; o formulário abaixo fica em inglês até lá.',
    'load.retry': 'Tentar novamente',
  },
  es: {
    'load.waiting': 'Cargando Meeting Card…',
    'load.failed':
      'Meeting Card no pudo cargar el español desde su servidor; el formulario de abajo queda en inglés hasta entonces.',
    'load.retry': 'Intentar de nuevo',
  },
} as const satisfies Record<'pt-BR' | 'es', Record<BootKey, string>>;

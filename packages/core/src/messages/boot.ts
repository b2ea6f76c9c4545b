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
    'load.failed': 'O português não carregou; o formulário está em inglês.',
    'load.retry': 'Tentar novamente',
  },
  es: {
    'load.waiting': 'Cargando Meeting Card…',
    'load.failed': 'El español no se cargó; el formulario está en inglés.',
    'load.retry': 'Intentar de nuevo',
  },
} as const satisfies Record<'pt-BR' | 'es', Record<BootKey, string>>;

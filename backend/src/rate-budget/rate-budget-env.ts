import { ConfigError } from '../config/config';
import type { RateBudgetSettings } from '../services';

/** REDIS_URL (optional): where the instances share each account's rate budget. */
export function rateBudgetSettingsFromEnv(env: NodeJS.ProcessEnv): RateBudgetSettings {
  const redisUrl = env.REDIS_URL?.trim();
  if (!redisUrl) return {};
  if (!/^rediss?:\/\/[^\s]+$/.test(redisUrl))
    throw new ConfigError(['REDIS_URL must be a redis:// or rediss:// URL']);
  return { redisUrl };
}

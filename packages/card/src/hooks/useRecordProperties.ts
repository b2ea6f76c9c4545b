import { useEffect, useState } from 'react';
import type { RecordProperties } from '../components/MeetingCardView';

type FetchProperties = (names: string[]) => Promise<Record<string, string | null>>;

/**
 * The contact's properties, read by HubSpot itself (`actions.fetchCrmObjectProperties`), never by
 * a call of ours. Empty until they arrive; the form does not wait for them. (HubSpot's
 * `useCrmProperties` hook would do the same but adds about 6 KB to the bundle.)
 */
export function useRecordProperties(
  fetchProperties: FetchProperties,
  names: readonly string[],
): RecordProperties {
  const [properties, setProperties] = useState<RecordProperties>({});
  const key = names.join(',');
  useEffect(() => {
    let current = true;
    fetchProperties(key.split(','))
      .then((values) => {
        if (current) setProperties(values ?? {});
      })
      .catch(() => {
        // Without them the rep types the title and the phone: nothing else depends on them.
      });
    return () => {
      current = false;
    };
  }, [fetchProperties, key]);
  return properties;
}

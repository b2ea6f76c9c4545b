// English: the reference catalogue. Every other catalogue must have exactly these keys
// (the type below enforces it at compile time, catalogues.test.ts at run time).
// Placeholders are written {name} and filled by `translate`.
export const en = {
  'card.loadingRecord': 'Loading the contact…',

  'title.suggestion': 'Meeting with {name}',
  'field.title': 'Title',
  'field.date': 'Date',
  'field.startTime': 'Start time',
  'field.duration': 'Duration',
  'field.endTime': 'End time',
  'field.timezone': 'Time zone',
  'field.locationType': 'Location type',
  'field.location': 'Location',
  'field.description': 'Description',
  'field.description.help': 'Goes into the calendar invite.',
  'field.internalNotes': 'Internal notes',
  'field.internalNotes.help': 'Only your team sees these.',
  'field.attendees': 'Attendees',
  'field.attendees.loading': 'Loading teammates…',
  'field.attendees.unavailable': 'Teammates could not be loaded; you can still book without them.',
  'field.findPeople': 'Find more people',
  'field.findPeople.found': '{count} found: pick them in Attendees.',
  'field.meetingType': 'Meeting type',
  'field.reminders': 'Email reminders',
  'field.reminders.help': 'Up to {max}.',
  'field.includeDescription': 'Include the description in reminders',

  'duration.minutes': '{minutes} minutes',
  'duration.custom': 'Choose an end time',

  'timezone.account': 'Account time zone ({zone})',
  'timezone.contact': "Contact's time zone ({zone})",
  'timezone.contactLocalTime': "Contact's local time: {time}",

  'locationType.none': 'No location',
  'locationType.PHONE': 'Phone call',
  'locationType.ADDRESS': 'Address',
  'locationType.CUSTOM': 'Video or other link',
  'location.placeholder.PHONE': 'Phone number',
  'location.placeholder.ADDRESS': 'Street, city',
  'location.placeholder.CUSTOM': 'https://…',

  'reminder.15m': '15 minutes before',
  'reminder.30m': '30 minutes before',
  'reminder.1h': '1 hour before',
  'reminder.1d': '1 day before',
  'reminder.1w': '1 week before',

  'meetingType.none': 'No type',

  'submit.book': 'Book meeting',
  'submit.retry': 'Try again',

  'success.heading': 'Meeting booked',
  'success.recovered': 'The connection dropped, but we found the meeting: it was booked once.',
  'success.when': 'When',
  'success.contactTime': "Contact's time",
  'success.attendees': 'Attendees',
  'success.noAttendees': 'Only you and the contact',
  'success.bookAnother': 'Book another',

  'error.heading': 'The meeting was not booked',
  'error.headingUnknown': 'We could not confirm the booking',
  'error.VALIDATION_ERROR': 'Some fields need attention. Check the messages next to them.',
  'error.NO_CONTACT': 'This card only works on a contact record. Reload the page and try again.',
  'error.UNAUTHORIZED':
    "The app's access to HubSpot has expired or was removed. Ask your HubSpot admin to check the app.",
  'error.MISSING_SCOPES':
    'The app is missing a permission ({scopes}). Ask your HubSpot admin to grant it, then try again.',
  'error.NOT_FOUND':
    'Something this meeting refers to no longer exists in HubSpot. Reload the page and try again.',
  'error.RATE_LIMITED': 'HubSpot is busy right now. Nothing was booked; it is safe to try again in a minute.',
  'error.NOT_CREATED': 'Nothing was booked. It is safe to try again.',
  'error.OUTCOME_UNKNOWN':
    "HubSpot did not answer in time, so the meeting may or may not exist. Check the contact's activity timeline before trying again.",
  'error.HUBSPOT_UNAVAILABLE': 'HubSpot could not be reached. Nothing was booked; try again in a moment.',
  'error.BAD_REQUEST': 'HubSpot did not accept this meeting. Check the details and try again.',
  'error.INTERNAL_ERROR':
    "Something went wrong on our side. Check the contact's activity timeline before trying again.",
  'error.correlationId': 'Support reference: {id}',
  'error.noOwner': 'You have no owner record in this HubSpot account, so you cannot organize meetings yet.',

  'issue.required': 'Required.',
  'issue.invalid_type': 'This value has the wrong type.',
  'issue.too_long': 'Too long: at most {max} characters.',
  'issue.too_many': 'Too many: at most {max}.',
  'issue.invalid_format': 'This is not in the expected format.',
  'issue.invalid_uuid': 'Invalid request id. Reload the card and try again.',
  'issue.invalid_time_zone': 'Unknown time zone: choose one from the list.',
  'issue.nonexistent_local_time':
    'This time does not exist in this time zone (daylight saving skips it). Pick another.',
  'issue.end_before_start': 'The meeting must end after it starts.',
  'issue.duration_too_long': 'A meeting can last at most {hours} hours.',
  'issue.invalid_option': 'Choose one of the options.',
  'issue.out_of_range': 'This value is out of range.',
  'issue.unknown_id': 'HubSpot does not know this one. Choose another.',
  'issue.end_or_duration': 'Choose a duration or an end time, not both.',
  'issue.start_in_past': 'This time has already passed. Pick a time from now on.',
  'issue.reminder_in_past': 'A reminder would be sent before now. Untick it or pick a later start.',
  'issue.invalid_url': 'Enter a web address starting with https://.',
} as const;

export type MessageKey = keyof typeof en;
export type Catalogue = Record<MessageKey, string>;

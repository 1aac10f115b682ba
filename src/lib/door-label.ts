/** "Door B" for a door named "B", but "Main door" and "Door 3" as they are, never "Door Door 3". */
import { defineMessages, t } from './i18n';

const messages = defineMessages({
  label: {
    id: 'door.label',
    defaultMessage: 'Door {name}',
    description: 'A door named by staff, e.g. "Door B"',
  },
  word: {
    id: 'door.word',
    defaultMessage: 'door',
    description: 'The word for door, lower case: a door name that already contains it is shown as it is',
  },
});

export function doorLabel(name: string): string {
  const words = name.toLocaleLowerCase().split(/[^\p{L}]+/u);
  return words.includes('door') || words.includes(t(messages.word)) ? name : t(messages.label, { name });
}

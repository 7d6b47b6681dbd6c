// Placeholder so Storybook has something to build before the elements exist. Delete it once real stories land.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

interface PlaceholderArgs {
  heading: string;
}

const meta: Meta<PlaceholderArgs> = {
  title: 'Placeholder',
  args: { heading: 'Offsite direction forms' },
  render: ({ heading }) => html`<main><h1>${heading}</h1><p>The form stories will appear here.</p></main>`,
};

export default meta;

export const Default: StoryObj<PlaceholderArgs> = {};

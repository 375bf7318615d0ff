// The <attention-matrix> custom element: Step 5's matrix on an author's page, from one script
// tag. Its figure (AttentionMatrixElement.svelte) lives in a shadow root, so the lesson's styles
// and the page's do not touch each other; the stylesheet the build writes beside the script is
// linked inside that root.
import { mount, unmount } from 'svelte';
import Figure from './AttentionMatrixElement.svelte';
import { lessonHref, stylesheetHref } from './elementFiles';
import {
  ELEMENT_ATTRIBUTES,
  readElementAttributes,
  type ElementSettings,
} from './elementAttributes';

export class AttentionMatrixElement extends HTMLElement {
  static readonly observedAttributes = ELEMENT_ATTRIBUTES;

  #props: ElementSettings & { lessonHref: string } = $state({
    ...readElementAttributes(() => null),
    lessonHref: lessonHref(),
  });
  #figure: ReturnType<typeof mount> | undefined;

  connectedCallback(): void {
    this.#read();
    if (this.#figure) return;
    const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    const stylesheet = document.createElement('link');
    stylesheet.rel = 'stylesheet';
    stylesheet.href = stylesheetHref();
    const holder = document.createElement('div');
    // Hidden (keeping its place) until its styles apply; a stylesheet that fails still shows it.
    holder.style.visibility = 'hidden';
    const show = () => {
      holder.style.removeProperty('visibility');
    };
    stylesheet.addEventListener('load', show, { once: true });
    stylesheet.addEventListener('error', show, { once: true });
    root.replaceChildren(stylesheet, holder);
    this.#figure = mount(Figure, { target: holder, props: this.#props });
  }

  disconnectedCallback(): void {
    if (this.#figure) void unmount(this.#figure);
    this.#figure = undefined;
    this.shadowRoot?.replaceChildren();
  }

  attributeChangedCallback(): void {
    this.#read();
  }

  #read(): void {
    Object.assign(
      this.#props,
      readElementAttributes((name) => this.getAttribute(name)),
    );
  }
}

/** Defines <attention-matrix> once, however many times the script is included. */
export function defineAttentionMatrix(): void {
  if (!customElements.get('attention-matrix')) {
    customElements.define('attention-matrix', AttentionMatrixElement);
  }
}

customElements.define("demo-card", class extends HTMLElement {});

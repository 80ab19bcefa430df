// The recommendations app's browser side. Custom elements, because the shell may stream a
// fragment late and move it into place: an element upgrades whenever it is connected, before
// or after this module loads. The server-rendered HTML is complete; this only improves it.

const WEATHER_TOPIC = "weather:conditions";
const KNOWN_CONDITIONS = ["rain", "snow", "cold", "hot", "wind", "sun"];
const SVG_NS = "http://www.w3.org/2000/svg";

/** The conditions of a weather:conditions payload that this app's API knows, in its order. */
function conditionsOf(payload) {
  const given = payload && Array.isArray(payload.conditions) ? payload.conditions : [];
  return KNOWN_CONDITIONS.filter((condition) => given.includes(condition));
}

/** "Picked for rain and cold in Oslo"; empty when there is nothing to say. */
function noteFor(conditions, place) {
  if (conditions.length === 0) return "";
  const words = conditions.length === 1
    ? conditions[0]
    : `${conditions.slice(0, -1).join(", ")} and ${conditions[conditions.length - 1]}`;
  return place ? `Picked for ${words} in ${place}` : `Picked for ${words}`;
}

function element(name, className) {
  const node = document.createElement(name);
  if (className) node.className = className;
  return node;
}

function svgElement(name, attributes) {
  const node = document.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
  return node;
}

/** The same SVG the server's template draws, from the API's illustration data. */
function illustration(art) {
  const svg = svgElement("svg", {
    class: "illustration",
    viewBox: `0 0 ${Number(art.width)} ${Number(art.height)}`,
    focusable: "false",
    "aria-hidden": "true",
  });
  svg.append(svgElement("rect", { width: art.width, height: art.height, fill: art.background }));
  for (const shape of art.shapes) {
    svg.append(svgElement("path", {
      d: shape.d,
      fill: shape.fill,
      "fill-rule": shape.evenOdd ? "evenodd" : "nonzero",
    }));
  }
  return svg;
}

function card(item) {
  const li = element("li", "card");
  li.dataset.id = item.id;
  const link = element("a");
  // Only ever a product page of the shop, whatever the answer says.
  link.href = `/products/${encodeURIComponent(item.id)}`;
  const art = element("span", "art");
  art.append(illustration(item.illustration));
  const name = element("span", "name");
  name.textContent = item.name;
  const price = element("span", "price");
  price.textContent = item.priceText;
  link.append(art, name, price);
  li.append(link);
  return li;
}

class ProductRecommendations extends HTMLElement {
  connectedCallback() {
    const bus = window.collage && window.collage.bus;
    // The fallback and the not-found card have no list to re-rank.
    if (!bus || this.unsubscribe || !this.dataset.api || !this.querySelector(".grid")) return;
    // The bus replays the last conditions at once, so it does not matter who loaded first.
    this.unsubscribe = bus.subscribe(WEATHER_TOPIC, (payload) => this.weatherChanged(payload));
  }

  disconnectedCallback() {
    // Being moved into place disconnects and reconnects: stop here, start again on connect.
    if (this.unsubscribe) this.unsubscribe();
    this.unsubscribe = null;
    if (this.pending) this.pending.abort();
  }

  weatherChanged(payload) {
    const conditions = conditionsOf(payload);
    const place = payload && typeof payload.cityName === "string" ? payload.cityName : "";
    // Newer weather wins: an answer still on its way for older conditions is dropped.
    if (this.pending) this.pending.abort();
    if (conditions.join(",") === (this.dataset.weather || "")) {
      this.querySelector(".note").textContent = noteFor(conditions, place);
      return;
    }
    this.load(conditions, place);
  }

  async load(conditions, place) {
    const request = new AbortController();
    this.pending = request;
    const grid = this.querySelector(".grid");
    const params = new URLSearchParams();
    if (this.dataset.product) params.set("product", this.dataset.product);
    params.set("limit", this.dataset.limit || "4");
    if (conditions.length > 0) params.set("weather", conditions.join(","));
    if (this.dataset.locale) params.set("locale", this.dataset.locale);
    const api = this.dataset.api.replace(/\/+$/, "");
    grid.setAttribute("aria-busy", "true");
    try {
      const response = await fetch(`${api}/recommendations?${params}`, {
        headers: { Accept: "application/json" },
        signal: request.signal,
      });
      if (!response.ok) throw new Error(`the API answered ${response.status}`);
      const body = await response.json();
      if (request.signal.aborted) return;
      if (!Array.isArray(body.items) || body.items.length === 0) return;
      // Hold the grid's height while the cards are swapped: the page must not jump.
      grid.style.minHeight = `${grid.getBoundingClientRect().height}px`;
      grid.replaceChildren(...body.items.map(card));
      requestAnimationFrame(() => grid.style.removeProperty("min-height"));
      this.dataset.weather = conditions.join(",");
      this.querySelector(".note").textContent = noteFor(conditions, place);
    } catch (error) {
      // The server-rendered list stays: it is still a good list, just not weather-tuned.
      if (error.name !== "AbortError") console.warn("recommendations: kept the list as it was:", error.message);
    } finally {
      if (this.pending === request) {
        this.pending = null;
        grid.removeAttribute("aria-busy");
      }
    }
  }
}

class ProductHeader extends HTMLElement {
  connectedCallback() {
    // Listeners live on the element's own children, so they survive a move: wire them once.
    if (this.wired) return;
    const button = this.querySelector("button.add");
    const status = this.querySelector(".added");
    if (!button || !status) return;
    this.wired = true;
    button.addEventListener("click", () => {
      // The shop has no cart yet: the button says so, politely, through a live region.
      status.textContent = "Added to cart";
    });
  }
}

if (!customElements.get("product-recommendations")) {
  customElements.define("product-recommendations", ProductRecommendations);
}
if (!customElements.get("product-header")) {
  customElements.define("product-header", ProductHeader);
}

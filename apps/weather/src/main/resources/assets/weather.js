// The weather card's script: the visitor switches units and picks another city without a
// page load; the card is redrawn in place from the app's API and the city's conditions are
// published on the page's bus ("weather:conditions") for other apps.
//
// The server renders the whole card; this only wires it. It finds the API through the
// card's data-api (the path the shell told the server), never through a host name, and
// builds DOM with textContent, never innerHTML.

const TOPIC = "weather:conditions";
const YEAR_SECONDS = 60 * 60 * 24 * 365;
const SUGGESTION_LIMIT = 8;
const TYPING_PAUSE_MS = 150;
// what city names are made of; the API refuses anything else with a 400
const QUERY = /^[\p{L}\p{M} .'’-]{1,40}$/u;

// Number formats: the same rules as the server's Display class.
const whole = (value) => String(Math.round(value) || 0);
const degrees = (value) => whole(value) + "°";
const windText = (wind) => whole(wind.speed) + " " + wind.unit;
const chanceText = (percent) => (percent === null || percent === undefined ? "–" : percent + "%");

function remember(name, value) {
  document.cookie = name + "=" + encodeURIComponent(value) + "; path=/; max-age=" + YEAR_SECONDS + "; SameSite=Lax";
}

async function getJson(url, signal) {
  const response = await fetch(url, { headers: { Accept: "application/json" }, signal });
  let body = null;
  try {
    body = await response.json();
  } catch (e) {
    body = null;
  }
  if (!response.ok) {
    const message = body && body.message ? body.message : "the weather service answered " + response.status;
    throw new Error(message);
  }
  return body;
}

class WeatherForecast extends HTMLElement {
  connectedCallback() {
    // A card moved by the shell is connected again: wire it once. The fallback and the
    // "unavailable" card have no API to call and nothing to wire.
    if (this.wired || !this.dataset.api || !this.querySelector(".wf-report")) return;
    this.wired = true;
    this.api = this.dataset.api.replace(/\/$/, "");
    this.options = [];
    this.active = -1;
    this.pending = 0;
    this.input = this.querySelector("#wf-q");
    this.listbox = this.querySelector(".wf-suggestions");
    this.popup = this.querySelector(".wf-popup");
    this.message = this.querySelector('[data-wf="message"]');
    this.status = this.querySelector('[data-wf="status"]');
    this.wireUnits();
    this.wireSearch();
    this.setAttribute("data-enhanced", "");
    this.publish();
  }

  // ---- units ----

  wireUnits() {
    this.querySelectorAll(".wf-units button").forEach((button) => {
      button.addEventListener("click", () => {
        const units = button.dataset.units;
        if (units === this.dataset.units) return;
        remember("weather-units", units);
        this.show(this.dataset.city, units);
      });
    });
  }

  // ---- city search: a combobox with a listbox of suggestions ----

  wireSearch() {
    const form = this.querySelector(".wf-search");
    this.input.addEventListener("input", () => {
      clearTimeout(this.typing);
      this.typing = setTimeout(() => this.suggest(), TYPING_PAUSE_MS);
    });
    this.input.addEventListener("keydown", (event) => this.onKey(event));
    this.input.addEventListener("blur", () => {
      // let a click on a suggestion land before the list closes
      setTimeout(() => {
        if (!this.contains(document.activeElement)) this.close();
      }, 120);
    });
    this.listbox.addEventListener("mousedown", (event) => event.preventDefault());
    this.listbox.addEventListener("click", (event) => {
      const li = event.target.closest("li[role=option]");
      if (li) this.choose(this.options[Number(li.dataset.index)]);
    });
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      this.submit();
    });
  }

  onKey(event) {
    const open = !this.popup.hidden && this.options.length > 0;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (!this.options.length) return;
      if (!open) this.open();
      const step = event.key === "ArrowDown" ? 1 : -1;
      this.highlight((this.active + step + this.options.length) % this.options.length);
    } else if (event.key === "Enter") {
      if (open && this.active >= 0) {
        event.preventDefault();
        this.choose(this.options[this.active]);
      }
    } else if (event.key === "Escape") {
      if (!this.popup.hidden) {
        event.preventDefault();
        this.close();
      } else if (this.input.value) {
        event.preventDefault();
        this.input.value = "";
      }
    }
  }

  async suggest() {
    const q = this.input.value.trim();
    if (this.searching) this.searching.abort();
    if (!q) {
      this.setOptions([]);
      this.close();
      return;
    }
    if (!QUERY.test(q)) {
      this.setOptions([]);
      this.say("Type the first letters of a city name.", true);
      return;
    }
    this.searching = new AbortController();
    try {
      const found = await getJson(
        this.api + "/cities?q=" + encodeURIComponent(q) + "&limit=" + SUGGESTION_LIMIT,
        this.searching.signal
      );
      this.setOptions(found.cities);
      if (found.cities.length) {
        this.say("", false);
        this.open();
        this.announce(found.cities.length + (found.cities.length === 1 ? " city matches." : " cities match."));
      } else {
        this.say("No city starts with “" + q + "”.", false);
      }
    } catch (e) {
      if (e.name !== "AbortError") this.say("Cities could not be searched just now.", true);
    }
  }

  async submit() {
    if (this.active >= 0 && this.options[this.active]) {
      this.choose(this.options[this.active]);
      return;
    }
    const q = this.input.value.trim();
    if (!q) {
      this.say("Type the first letters of a city name.", true);
      return;
    }
    if (!QUERY.test(q)) {
      this.say("Type the first letters of a city name.", true);
      return;
    }
    try {
      const found = await getJson(this.api + "/cities?q=" + encodeURIComponent(q) + "&limit=1");
      if (found.cities.length) this.choose(found.cities[0]);
      else this.say("No city starts with “" + q + "”.", false);
    } catch (e) {
      this.say("Cities could not be searched just now.", true);
    }
  }

  setOptions(cities) {
    this.options = cities;
    this.active = -1;
    this.input.removeAttribute("aria-activedescendant");
    const items = cities.map((city, index) => {
      const li = document.createElement("li");
      li.id = "wf-option-" + index;
      li.setAttribute("role", "option");
      li.setAttribute("aria-selected", "false");
      li.dataset.index = String(index);
      const name = document.createElement("span");
      name.textContent = city.name;
      const country = document.createElement("span");
      country.className = "wf-country";
      country.textContent = city.countryName;
      li.append(name, country);
      return li;
    });
    this.listbox.replaceChildren(...items);
  }

  highlight(index) {
    this.active = index;
    this.listbox.querySelectorAll("li").forEach((li, i) => {
      li.setAttribute("aria-selected", String(i === index));
      if (i === index) {
        this.input.setAttribute("aria-activedescendant", li.id);
        li.scrollIntoView({ block: "nearest" });
      }
    });
  }

  open() {
    this.popup.hidden = false;
    this.input.setAttribute("aria-expanded", String(this.options.length > 0));
  }

  close() {
    this.popup.hidden = true;
    this.active = -1;
    this.input.setAttribute("aria-expanded", "false");
    this.input.removeAttribute("aria-activedescendant");
    this.listbox.querySelectorAll("li").forEach((li) => li.setAttribute("aria-selected", "false"));
  }

  // a line under the input: "no city starts with...", or an error
  say(text, isError) {
    this.message.textContent = text;
    this.message.classList.toggle("wf-error", Boolean(isError));
    if (text) {
      this.popup.hidden = false;
      this.announce(text);
    } else if (!this.options.length) {
      this.popup.hidden = true;
    }
  }

  announce(text) {
    this.status.textContent = text;
  }

  choose(city) {
    if (!city) return;
    this.input.value = "";
    this.setOptions([]);
    this.say("", false);
    this.close();
    remember("weather-city", city.id);
    this.show(city.id, this.dataset.units);
  }

  // ---- the forecast ----

  async show(cityId, units) {
    const ticket = ++this.pending;
    this.setAttribute("aria-busy", "true");
    try {
      const report = await getJson(
        this.api + "/forecast?city=" + encodeURIComponent(cityId) + "&units=" + encodeURIComponent(units)
      );
      if (ticket !== this.pending) return; // a later choice won
      this.render(report);
      this.publish();
    } catch (e) {
      if (ticket === this.pending) this.say("The forecast could not be loaded. Please try again.", true);
    } finally {
      if (ticket === this.pending) this.removeAttribute("aria-busy");
    }
  }

  render(r) {
    const set = (root, field, text) => {
      const el = root.querySelector('[data-wf="' + field + '"]');
      if (el) el.textContent = text;
      return el;
    };
    Object.assign(this.dataset, {
      city: r.city.id,
      cityName: r.city.name,
      country: r.city.country,
      units: r.units,
      conditions: r.conditions.join(" "),
      temperatureC: String(r.current.temperatureC),
    });
    const note = this.querySelector('[data-wf="note"]');
    if (note) note.remove();
    set(this, "city", r.city.name);
    set(this, "country", r.city.countryName);
    const now = this.querySelector(".wf-now");
    now.querySelector('[data-wf="icon"]').setAttribute("href", "#wf-i-" + r.current.condition.icon);
    set(now, "temperature", whole(r.current.temperature));
    set(now, "unit", r.units === "f" ? "°F" : "°C");
    set(now, "condition", r.current.condition.text);
    set(now, "high", degrees(r.today.high));
    set(now, "low", degrees(r.today.low));
    set(now, "wind", windText(r.current.wind));
    set(now, "chance", chanceText(r.today.precipitationChance));
    this.querySelectorAll(".wf-day").forEach((li, i) => {
      const day = r.days[i];
      if (!day) return;
      const weekday = set(li, "weekday", day.weekday);
      weekday.setAttribute("datetime", day.date);
      const icon = li.querySelector('[data-wf="day-icon"]');
      icon.setAttribute("aria-label", day.condition.text);
      icon.querySelector("use").setAttribute("href", "#wf-i-" + day.condition.icon);
      set(li, "high", degrees(day.high));
      set(li, "low", degrees(day.low));
      set(li, "chance", chanceText(day.precipitationChance));
    });
    this.querySelectorAll(".wf-units button").forEach((button) => {
      button.setAttribute("aria-pressed", String(button.dataset.units === r.units));
    });
  }

  publish() {
    const bus = window.collage && window.collage.bus;
    if (!bus) return;
    const d = this.dataset;
    bus.publish(TOPIC, {
      city: d.city,
      cityName: d.cityName,
      country: d.country,
      conditions: (d.conditions || "").split(" ").filter(Boolean),
      temperatureC: Number(d.temperatureC),
    });
  }
}

if (!customElements.get("weather-forecast")) {
  customElements.define("weather-forecast", WeatherForecast);
}

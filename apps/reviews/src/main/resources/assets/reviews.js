// <product-reviews>: enhances the server-rendered reviews in place. The element may be
// streamed late, moved by the shell, or be in the page before this module loads: a custom
// element upgrades in every case. All user text goes in with textContent, never as HTML.

const DATE = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" });
const FIELDS = { rating: "Rating", title: "Title", author: "Name", body: "Review" };

// crypto.randomUUID exists only in secure contexts; a shop served over plain http still needs keys
function newKey() {
  if (window.crypto && typeof crypto.randomUUID === "function") {
    return crypto.randomUUID();
  }
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function plural(count, one, many) {
  return count === 1 ? one : many;
}

class ProductReviews extends HTMLElement {
  connectedCallback() {
    // the fallback has no API; a moved element is connected again but already enhanced
    if (this.enhanced || !this.dataset.api) {
      return;
    }
    this.enhanced = true;
    this.api = this.dataset.api.replace(/\/+$/, "");
    this.product = this.dataset.product;
    this.pageSize = Number(this.dataset.pageSize) || 3;
    this.counts = (this.dataset.counts || "0 0 0 0 0").split(" ").map(Number);
    this.pagesLoaded = 1;
    this.listRequest = 0;
    this.pending = null;

    this.list = this.querySelector(".pr-list");
    this.more = this.querySelector(".pr-more");
    this.sort = this.querySelector(".pr-sort");
    this.empty = this.querySelector(".pr-empty");
    this.announcer = this.querySelector(".pr-announce");
    this.form = this.querySelector(".pr-form");
    this.status = this.querySelector(".pr-form-status");
    this.submitButton = this.form.querySelector("button[type=submit]");
    this.template = this.querySelector(".pr-review-template");

    // a browser may restore a changed select on reload while the list shows the newest
    this.sort.value = "newest";
    this.more.addEventListener("click", () => this.loadMore());
    this.sort.addEventListener("change", () => this.resort());
    this.form.addEventListener("submit", (event) => {
      event.preventDefault();
      this.submit();
    });
    const firstLink = this.empty.querySelector("a");
    firstLink.addEventListener("click", (event) => {
      event.preventDefault();
      this.form.scrollIntoView({ block: "start" });
      this.form.querySelector("input[name=rating]").focus();
    });
    this.publishSummary();
  }

  // ---- reading ----

  listUrl(page) {
    const query = new URLSearchParams({ sort: this.sort.value, page: String(page), size: String(this.pageSize) });
    return `${this.api}/products/${encodeURIComponent(this.product)}/reviews?${query}`;
  }

  async fetchPage(page) {
    const response = await fetch(this.listUrl(page), { headers: { Accept: "application/json" } });
    if (!response.ok) {
      throw new Error(`reviews answered ${response.status}`);
    }
    return response.json();
  }

  async loadMore() {
    if (this.loading) {
      return;
    }
    const request = ++this.listRequest;
    // aria-disabled, not disabled: a disabled button drops the keyboard focus
    this.loading = true;
    this.more.setAttribute("aria-disabled", "true");
    try {
      const data = await this.fetchPage(this.pagesLoaded + 1);
      if (request !== this.listRequest) {
        return;
      }
      this.pagesLoaded = data.page;
      const added = this.append(data.reviews);
      this.more.hidden = data.page >= data.totalPages;
      // keyboard users continue reading where the new reviews start
      if (added.length > 0) {
        added[0].focus();
      } else if (this.more.hidden) {
        this.sort.focus();
      }
      this.say(`Showing ${this.list.children.length} of ${data.summary.count} reviews.`);
    } catch (error) {
      this.say("Could not load more reviews. Please try again.");
    } finally {
      this.loading = false;
      this.more.removeAttribute("aria-disabled");
    }
  }

  async resort() {
    const request = ++this.listRequest;
    const label = this.sort.selectedOptions[0].textContent;
    try {
      const data = await this.fetchPage(1);
      if (request !== this.listRequest) {
        return;
      }
      this.pagesLoaded = 1;
      this.list.replaceChildren();
      this.append(data.reviews);
      this.more.hidden = data.page >= data.totalPages;
      this.say(`Reviews sorted, ${label}.`);
    } catch (error) {
      this.say("Could not sort the reviews. Please try again.");
    }
  }

  /** Adds reviews not shown yet (a review posted meanwhile shifts the pages by one). */
  append(reviews) {
    const shown = new Set(Array.from(this.list.children, (li) => li.dataset.id));
    const added = [];
    for (const review of reviews) {
      if (!shown.has(review.id)) {
        const card = this.card(review);
        this.list.append(card);
        added.push(card);
      }
    }
    return added;
  }

  card(review) {
    const card = this.template.content.querySelector("li").cloneNode(true);
    card.dataset.id = review.id;
    const stars = card.querySelector(".pr-stars");
    stars.setAttribute("aria-label", `${review.rating} out of 5 stars`);
    stars.style.setProperty("--fill", `${review.rating * 20}%`);
    card.querySelector(".pr-review-title").textContent = review.title;
    card.querySelector(".pr-review-body").textContent = review.body;
    card.querySelector(".pr-review-author").textContent = review.author;
    const time = card.querySelector(".pr-review-date");
    time.dateTime = review.createdAt;
    time.textContent = DATE.format(new Date(review.createdAt));
    return card;
  }

  // ---- writing ----

  draft() {
    const data = new FormData(this.form);
    const rating = data.get("rating");
    return {
      rating: rating === null ? null : Number(rating),
      title: String(data.get("title") || ""),
      body: String(data.get("body") || ""),
      author: String(data.get("author") || ""),
    };
  }

  post(json, key) {
    return fetch(`${this.api}/products/${encodeURIComponent(this.product)}/reviews`, {
      method: "POST",
      headers: { "Content-Type": "application/json", Accept: "application/json", "Idempotency-Key": key },
      body: json,
    });
  }

  async submit() {
    if (this.submitting) {
      return;
    }
    const json = JSON.stringify(this.draft());
    // the same review sent again (a retry after a failure) keeps its key, so it is stored once
    if (!this.pending || this.pending.json !== json) {
      this.pending = { json, key: newKey() };
    }
    this.clearErrors();
    this.setSubmitting(true);
    this.tell("Posting your review…", false);
    try {
      let response;
      try {
        response = await this.post(json, this.pending.key);
      } catch (networkError) {
        response = await this.post(json, this.pending.key);
      }
      await this.answer(response);
    } catch (error) {
      this.tell("We could not reach the shop. Your review is still here: press Post review to try again.", true);
    } finally {
      this.setSubmitting(false);
    }
  }

  async answer(response) {
    const body = await response.json().catch(() => ({}));
    if (response.status === 201) {
      this.pending = null;
      this.form.reset();
      this.added(body);
      const average = this.summaryText();
      this.tell(`Thanks, your review is posted. ${average}.`, false);
    } else if (response.status === 400 && body.errors) {
      this.showErrors(body.errors);
    } else if (response.status === 422) {
      this.pending = null;
      this.tell("This review could not be matched to your earlier attempt. Press Post review to send it again.", true);
    } else if (response.status === 413) {
      this.tell("Your review is too long to send. Please shorten it.", true);
    } else {
      this.tell("Sorry, we could not post your review right now. Press Post review to try again.", true);
    }
  }

  added(review) {
    this.list.querySelector(`[data-id="${CSS.escape(review.id)}"]`)?.remove();
    const card = this.card(review);
    card.classList.add("pr-new");
    this.list.prepend(card);
    this.empty.hidden = true;
    this.querySelector(".pr-toolbar").hidden = false;
    this.counts[review.rating - 1] += 1;
    this.renderSummary();
    this.publishSummary();
  }

  setSubmitting(submitting) {
    this.submitting = submitting;
    if (submitting) {
      this.submitButton.setAttribute("aria-disabled", "true");
    } else {
      this.submitButton.removeAttribute("aria-disabled");
    }
    this.form.setAttribute("aria-busy", String(submitting));
  }

  tell(message, failed) {
    this.status.textContent = message;
    this.status.classList.toggle("pr-failed", failed);
  }

  say(message) {
    this.announcer.textContent = message;
  }

  fieldControls(name) {
    return Array.from(this.form.querySelectorAll(`[name="${name}"]`));
  }

  errorElement(name) {
    return this.form.querySelector(`.pr-error[id$="-${name}-error"]`);
  }

  showErrors(errors) {
    const wrong = Object.keys(FIELDS).filter((name) => errors[name]);
    for (const name of wrong) {
      const error = this.errorElement(name);
      error.textContent = `${FIELDS[name]} ${errors[name]}.`;
      error.hidden = false;
      for (const control of this.fieldControls(name)) {
        control.setAttribute("aria-invalid", "true");
        const described = (control.getAttribute("aria-describedby") || "").split(" ").filter(Boolean);
        if (!described.includes(error.id)) {
          described.push(error.id);
        }
        control.setAttribute("aria-describedby", described.join(" "));
      }
    }
    const other = Object.keys(errors).filter((name) => !FIELDS[name]);
    if (wrong.length > 0) {
      const names = wrong.map((name) => FIELDS[name].toLowerCase()).join(", ");
      this.tell(`Please check ${plural(wrong.length, "one field", `${wrong.length} fields`)}: ${names}.`, true);
      const first = this.fieldControls(wrong[0]);
      (first.find((control) => control.checked) || first[0]).focus();
    } else if (other.length > 0) {
      this.tell(`Your review could not be posted: ${other[0]} ${errors[other[0]]}.`, true);
    }
  }

  clearErrors() {
    for (const name of Object.keys(FIELDS)) {
      const error = this.errorElement(name);
      error.hidden = true;
      error.textContent = "";
      for (const control of this.fieldControls(name)) {
        control.removeAttribute("aria-invalid");
        const described = (control.getAttribute("aria-describedby") || "")
          .split(" ")
          .filter((id) => id && id !== error.id);
        if (described.length > 0) {
          control.setAttribute("aria-describedby", described.join(" "));
        } else {
          control.removeAttribute("aria-describedby");
        }
      }
    }
  }

  // ---- summary ----

  total() {
    return this.counts.reduce((sum, count) => sum + count, 0);
  }

  average() {
    const total = this.total();
    const sum = this.counts.reduce((acc, count, index) => acc + count * (index + 1), 0);
    return total === 0 ? null : Math.round((sum / total) * 10) / 10;
  }

  summaryText() {
    const total = this.total();
    const countText = `${total} ${plural(total, "review", "reviews")}`;
    return total === 0 ? "No ratings yet" : `${this.average().toFixed(1)} out of 5, ${countText}`;
  }

  // the same numbers and words as the server renders
  renderSummary() {
    const total = this.total();
    const average = this.average();
    this.dataset.counts = this.counts.join(" ");
    this.querySelector(".pr-average-number").textContent = average === null ? "–" : average.toFixed(1);
    const stars = this.querySelector(".pr-stars-large");
    stars.setAttribute("aria-label", this.summaryText());
    stars.style.setProperty("--fill", `${average === null ? 0 : Math.round(average * 20)}%`);
    this.querySelector(".pr-average-count").textContent =
      total === 0 ? "No reviews yet" : `${total} ${plural(total, "review", "reviews")}`;
    for (const bar of this.querySelectorAll(".pr-bar")) {
      const count = this.counts[Number(bar.dataset.stars) - 1];
      const percent = total === 0 ? 0 : Math.round((100 * count) / total);
      bar.querySelector(".pr-bar-fill").style.width = `${percent}%`;
      const countElement = bar.querySelector(".pr-bar-count");
      countElement.firstChild.textContent = String(count);
      countElement.querySelector(".pr-vh").textContent = `${plural(count, " review, ", " reviews, ")}${percent}%`;
    }
  }

  // other apps on the page (a product header, say) may show the rating; topic documented in README
  publishSummary() {
    const bus = window.collage && window.collage.bus;
    if (bus) {
      bus.publish("reviews:summary", { product: this.product, count: this.total(), average: this.average() });
    }
  }
}

if (!customElements.get("product-reviews")) {
  customElements.define("product-reviews", ProductReviews);
}

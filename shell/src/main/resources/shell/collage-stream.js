/*
 * Moves a late fragment into its slot. The shell streams a slot that was not ready in time at
 * the end of the page, followed by a call of this function; the slot's placeholder kept its
 * space meanwhile. A custom element inside the fragment is upgraded as it is connected.
 */
(function () {
  var collage = window.collage = window.collage || {};
  collage.arrive = function (name) {
    var late = document.getElementById("collage-late-" + name);
    var slot = document.getElementById("collage-slot-" + name);
    if (!late || !slot) return;
    Array.prototype.forEach.call(late.attributes, function (attribute) {
      if (attribute.name.indexOf("data-") === 0) slot.setAttribute(attribute.name, attribute.value);
    });
    slot.removeAttribute("aria-busy");
    while (slot.firstChild) slot.removeChild(slot.firstChild);
    while (late.firstChild) slot.appendChild(late.firstChild);
    late.parentNode.removeChild(late);
  };
})();

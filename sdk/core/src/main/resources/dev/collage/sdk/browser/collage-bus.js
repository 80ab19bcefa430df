/*
 * Collage's browser message bus: the one way apps on a page talk to each other. Topics are
 * plain strings ("weather:conditions"); payloads are plain JSON-able values. A subscriber
 * receives the topic's last message at once, so it does not matter which app's script loads
 * first. Shaped after Podium's browser message bus (publish, subscribe, peek).
 */
(function () {
  if (window.collage && window.collage.bus) return;
  var last = new Map();
  var subscribers = new Map();

  function deliver(fn, message) {
    try { fn(message.payload, message); } catch (e) { console.error("collage bus subscriber failed", e); }
  }

  function publish(topic, payload) {
    var message = Object.freeze({ topic: String(topic), payload: payload, at: Date.now() });
    last.set(message.topic, message);
    (subscribers.get(message.topic) || []).slice().forEach(function (fn) { deliver(fn, message); });
    return message;
  }

  function subscribe(topic, fn) {
    var key = String(topic);
    if (!subscribers.has(key)) subscribers.set(key, []);
    subscribers.get(key).push(fn);
    if (last.has(key)) deliver(fn, last.get(key));
    return function unsubscribe() {
      var list = subscribers.get(key) || [];
      var i = list.indexOf(fn);
      if (i >= 0) list.splice(i, 1);
    };
  }

  function peek(topic) {
    var message = last.get(String(topic));
    return message ? message.payload : undefined;
  }

  window.collage = Object.assign(window.collage || {}, {
    bus: Object.freeze({ publish: publish, subscribe: subscribe, peek: peek })
  });
})();

// Live boards (emergencies): each element with data-events opens an EventSource on that address; the server tells
// every new revision (the event's id). A newer revision than the board shows (data-live-revision; a board without
// it asks every time and the server answers 204 when nothing it lists changed) triggers "live-change" on the
// board, on which htmx fetches its fragment (hx-get with since=) and swaps it in. While the stream is open the
// board's slow poll (hx-trigger "every 30s") is held back: it is the fallback when the stream cannot be opened.
// The page marks <body data-live="sse"> while a stream is open, "poll" otherwise. Without JavaScript a reload
// shows the newest board.
(() => {
  const boards = Array.from(document.querySelectorAll("[data-events]"));
  if (boards.length === 0 || !window.EventSource || !window.htmx) return;
  const open = new Set();
  const mark = () => { document.body.dataset.live = open.size > 0 ? "sse" : "poll"; };

  const connect = (id, address) => {
    const source = new EventSource(address);
    source.onopen = () => { open.add(id); mark(); };
    source.onmessage = (event) => {
      const board = document.getElementById(id);
      if (!board) return;
      const known = board.dataset.liveRevision;
      if (known !== undefined && Number(event.lastEventId) <= Number(known)) return;
      htmx.trigger(board, "live-change");
    };
    source.onerror = () => {
      if (source.readyState === EventSource.CLOSED) {
        // refused (404, 503) or gone: poll meanwhile, try again later
        open.delete(id); mark();
        setTimeout(() => connect(id, address), 30000);
      } else if (source.readyState === EventSource.CONNECTING) {
        open.delete(id); mark(); // the browser reconnects by itself, sending Last-Event-ID
      }
    };
  };
  boards.forEach((board) => connect(board.id, board.dataset.events));
  mark();

  // the slow poll only while no stream is open
  document.body.addEventListener("htmx:confirm", (event) => {
    const element = event.detail.elt;
    if (!element || !element.dataset || element.dataset.events === undefined || !open.has(element.id)) return;
    const trigger = event.detail.triggeringEvent;
    if (!trigger || trigger.type !== "live-change") event.preventDefault();
  });
})();

// The case page: a photo opens in a viewer with zoom, and a photo and the chat message it came with point
// at each other. Without JavaScript a photo opens at full size and "sent in the chat" jumps to the message.
(function () {
  'use strict';
  var viewer = document.getElementById('viewer');
  if (!viewer || typeof viewer.showModal !== 'function') {
    return;
  }
  // The viewer's image is made here and put on the stage at the first photo opened: an <img> without a
  // photo to show would be an image that never loads.
  var stage = viewer.querySelector('.viewer-stage');
  var image = document.createElement('img');
  image.alt = '';
  var caption = viewer.querySelector('.viewer-caption');
  var original = viewer.querySelector('.viewer-original');
  var scale = 1;
  var pan = { x: 0, y: 0 };
  var drag = null;

  function render() {
    image.style.transform = 'translate(' + pan.x + 'px, ' + pan.y + 'px) scale(' + scale + ')';
  }

  function zoom(factor) {
    scale = Math.min(8, Math.max(1, scale * factor));
    if (scale === 1) {
      pan = { x: 0, y: 0 };
    }
    render();
  }

  // Marks the photos and the chat message that belong together, and brings the other side into view.
  function link(sha, messageId, scrollTo) {
    document.querySelectorAll('.linked').forEach(function (el) { el.classList.remove('linked'); });
    var message = messageId ? document.getElementById('message-' + messageId) : null;
    if (message) {
      message.classList.add('linked');
    }
    var photos = messageId
      ? document.querySelectorAll('.gallery li[data-message="' + messageId + '"]')
      : document.querySelectorAll('.gallery li[data-photo="' + sha + '"]');
    photos.forEach(function (li) { li.classList.add('linked'); });
    var target = scrollTo === 'message' ? message : photos[0];
    if (target) {
      target.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
    }
  }

  function open(anchor) {
    scale = 1;
    pan = { x: 0, y: 0 };
    render();
    image.src = anchor.href;
    if (!image.parentNode) {
      stage.appendChild(image);
    }
    image.alt = anchor.getAttribute('data-caption') || '';
    caption.textContent = anchor.getAttribute('data-caption') || '';
    original.href = anchor.href;
    viewer.showModal();
  }

  document.addEventListener('click', function (event) {
    var anchor = event.target.closest('a.photo');
    if (anchor) {
      event.preventDefault();
      var inChat = anchor.closest('.messages');
      var owner = anchor.closest('li[data-message]');
      var messageId = anchor.getAttribute('data-message') || (owner ? owner.getAttribute('data-message') : null);
      link(anchor.getAttribute('data-photo'), messageId, inChat ? 'photo' : 'message');
      open(anchor);
      return;
    }
    var toMessage = event.target.closest('a.to-message');
    if (toMessage) {
      var item = toMessage.closest('li[data-photo]');
      link(item.getAttribute('data-photo'), item.getAttribute('data-message'), 'message');
      return;
    }
    var message = event.target.closest('.message[data-message]');
    if (message) {
      link(null, message.getAttribute('data-message'), 'photo');
    }
  });

  viewer.addEventListener('click', function (event) {
    var button = event.target.closest('button');
    if (button && button.hasAttribute('data-close')) {
      viewer.close();
    } else if (button && button.getAttribute('data-zoom') === 'in') {
      zoom(1.5);
    } else if (button && button.getAttribute('data-zoom') === 'out') {
      zoom(1 / 1.5);
    } else if (button && button.getAttribute('data-zoom') === 'reset') {
      scale = 1;
      pan = { x: 0, y: 0 };
      render();
    } else if (event.target === viewer) {
      viewer.close(); // a click on the backdrop
    }
  });

  viewer.addEventListener('wheel', function (event) {
    event.preventDefault();
    zoom(event.deltaY < 0 ? 1.25 : 0.8);
  }, { passive: false });

  image.addEventListener('pointerdown', function (event) {
    if (scale > 1) {
      drag = { x: event.clientX - pan.x, y: event.clientY - pan.y };
      image.setPointerCapture(event.pointerId);
    }
  });
  image.addEventListener('pointermove', function (event) {
    if (drag) {
      pan = { x: event.clientX - drag.x, y: event.clientY - drag.y };
      render();
    }
  });
  image.addEventListener('pointerup', function () { drag = null; });
  image.addEventListener('dblclick', function () { zoom(scale > 1 ? 0 : 2); });

  viewer.addEventListener('keydown', function (event) {
    if (event.key === '+' || event.key === '=') {
      zoom(1.5);
    } else if (event.key === '-') {
      zoom(1 / 1.5);
    }
  });
}());

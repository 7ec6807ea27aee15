// Drag and drop onto the import form's drop zone: the dropped file goes into the form's own file input and the
// form is sent as it is without JavaScript (a plain multipart POST with its antiforgery token).
(function () {
  "use strict";
  var zone = document.querySelector("[data-testid='upload-drop-zone']");
  if (!zone) {
    return;
  }

  var input = zone.querySelector("input[type='file']");
  var form = zone.closest("form");
  var name = zone.querySelector("[data-testid='upload-file-name']");

  function stop(event) {
    event.preventDefault();
    event.stopPropagation();
  }

  ["dragenter", "dragover"].forEach(function (type) {
    zone.addEventListener(type, function (event) {
      stop(event);
      zone.setAttribute("data-dragging", "true");
    });
  });
  zone.addEventListener("dragleave", function (event) {
    stop(event);
    zone.removeAttribute("data-dragging");
  });
  zone.addEventListener("drop", function (event) {
    stop(event);
    zone.removeAttribute("data-dragging");
    if (event.dataTransfer && event.dataTransfer.files.length > 0) {
      input.files = event.dataTransfer.files;
      name.textContent = input.files[0].name;
      form.requestSubmit();
    }
  });
  input.addEventListener("change", function () {
    name.textContent = input.files.length > 0 ? input.files[0].name : "";
  });
}());

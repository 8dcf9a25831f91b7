// The venture form without this script works as plain HTML: the province list is always shown
// and the server refuses a province for a venture outside Thailand. With it, the province list
// shows only when Thailand is chosen, and the main-area choice only offers the ticked areas.
(function () {
  "use strict";
  var country = document.getElementById("id_country");
  var provinceField = document.getElementById("province-field");
  var province = document.getElementById("id_province");
  function syncProvince() {
    if (!country || !provinceField || !province) { return; }
    var inThailand = country.value === "TH";
    provinceField.classList.toggle("province-hidden", !inThailand);
    province.disabled = !inThailand;
    if (!inThailand) { province.value = ""; }
  }
  if (country) { country.addEventListener("change", syncProvince); syncProvince(); }

  var areaBoxes = document.querySelectorAll("input[name=areas]");
  var primaryRadios = document.querySelectorAll("input[name=primary_area]");
  function syncPrimary() {
    var ticked = {};
    var count = 0;
    areaBoxes.forEach(function (box) { if (box.checked) { ticked[box.value] = true; count += 1; } });
    primaryRadios.forEach(function (radio) {
      var item = radio.closest("div") || radio.parentElement;
      var offered = Boolean(ticked[radio.value]);
      radio.disabled = !offered;
      if (!offered && radio.checked) { radio.checked = false; }
      if (count === 1 && offered) { radio.checked = true; }
      if (item) { item.style.opacity = offered ? "1" : "0.5"; }
    });
  }
  areaBoxes.forEach(function (box) { box.addEventListener("change", syncPrimary); });
  if (areaBoxes.length) { syncPrimary(); }
})();

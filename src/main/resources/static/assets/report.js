// Draws the evaluation report's charts (Chart.js) from each canvas's data-chart; marks the page when done,
// so a browser test can tell the charts were drawn.
(function () {
  var colours = ['#1f6fb2', '#4aa3df', '#f0a202', '#d1495b', '#2e933c', '#7a5195'];
  var drawn = 0;
  document.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
    var spec = JSON.parse(canvas.getAttribute('data-chart'));
    var doughnut = spec.type === 'doughnut';
    new Chart(canvas, {
      type: spec.type,
      data: {
        labels: spec.labels,
        datasets: [{
          label: spec.title,
          data: spec.data,
          backgroundColor: doughnut ? ['#2e933c', '#d1495b'] : spec.labels.map(function (_, i) { return colours[i % colours.length]; })
        }]
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        plugins: { legend: { display: doughnut } },
        scales: doughnut ? {} : { y: { beginAtZero: true, ticks: { precision: 0 } } }
      }
    });
    drawn++;
  });
  document.body.setAttribute('data-charts-drawn', String(drawn));
})();

// The council's page frames the builder's form, passing on which form to draw (?form=review for the review).
document.getElementById('builder-frame').src = '/e2e/builder.html' + location.search;

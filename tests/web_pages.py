"""Web pages written by hand for tests/test_ingest_web_walk.py: a trial registry's results
straight under <body>, the same with no paragraphs, tables inside divs, and a normal article."""

# A trial registry's results page: headings, paragraphs and bare tables straight under <body>,
# with a cookie notice, a menu and a footer around them.
REGISTRY_PAGE = """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Study Results: Drug X in Breastfeeding Women</title></head>
<body>
<div id="cookieConsent"><p>This registry uses cookies to remember your search settings.</p>
<button>Accept</button></div>
<nav class="menu"><a href="/">Home</a> <a href="/search">Find a study</a>
<a href="/help">Help</a></nav>
<h1>Drug X Transfer Into Breast Milk in Lactating Women</h1>
<p>Study identifier: TR-2019-0042. Results first posted: 12 March 2022.</p>
<h2>Participant Flow</h2>
<p>Lactating women at least four weeks postpartum were enrolled at two hospital sites and
randomly assigned to one of two daily doses of drug X.</p>
<table>
<tr><th></th><th>Arm A</th><th>Arm B</th></tr>
<tr><td>Started</td><td>24</td><td>23</td></tr>
<tr><td>Completed</td><td>22</td><td>21</td></tr>
</table>
<h2>Outcome Measures</h2>
<h3>Primary Outcome: Drug X concentration in breast milk at steady state</h3>
<p>Milk samples were collected over one 24-hour dosing interval on day 14 of treatment.</p>
<table>
<tr><th></th><th>Arm A</th><th>Arm B</th></tr>
<tr><td>Number of participants analysed</td><td>22</td><td>21</td></tr>
<tr><td>Milk drug X, ng/mL, median (IQR)</td><td>18.4 (11.2 to 27.0)</td>
<td>39.7 (24.5 to 58.1)</td></tr>
</table>
<h3>Secondary Outcome: Infant plasma drug X concentration</h3>
<p>A single infant blood sample was drawn on day 14, two to four hours after a feed.</p>
<table>
<tr><th></th><th>Arm A</th><th>Arm B</th></tr>
<tr><td>Number of infants analysed</td><td>20</td><td>19</td></tr>
<tr><td>Infant plasma drug X, ng/mL, median (IQR)</td><td>0.6 (0.2 to 1.1)</td>
<td>1.3 (0.7 to 2.2)</td></tr>
</table>
<h2>Adverse Events</h2>
<p>No serious adverse events were reported in mothers or infants in either arm during the
study period.</p>
<footer class="site-footer"><p>Registry run by the Example Health Agency.</p>
<a href="/privacy">Privacy policy</a></footer>
</body>
</html>
"""

# The same kind of page with no paragraph between the headings and the tables.
TABLES_ONLY_PAGE = """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Results - Drug Y and Lactation Study</title></head>
<body>
<div class="skip-link"><a href="#main">Skip to main content</a></div>
<div class="cookie-notice"><p>This site uses cookies to remember your preferences.</p></div>
<ul class="breadcrumbs"><li><a href="/">Home</a></li><li><a href="/studies">Studies</a></li></ul>
<h1>Drug Y Exposure in Breastfed Infants: Results</h1>
<h2>Study Overview</h2>
<p>Open-label study of drug Y in lactating women receiving 10 mg or 20 mg once daily.</p>
<h2>Outcome Measures</h2>
<h3>Primary: Milk concentration of drug Y</h3>
<table>
<tr><th>Measure</th><th>10 mg group</th><th>20 mg group</th></tr>
<tr><td>Participants analysed</td><td>15</td><td>16</td></tr>
<tr><td>Milk drug Y, ng/mL, mean (SD)</td><td>42.1 (12.3)</td><td>85.6 (20.4)</td></tr>
</table>
<h3>Secondary: Infant serum drug Y</h3>
<table>
<tr><th>Measure</th><th>10 mg group</th><th>20 mg group</th></tr>
<tr><td>Infants with detectable drug Y, n</td><td>1</td><td>3</td></tr>
<tr><td>Infant serum drug Y, ng/mL, median (range)</td><td>1.2 (0.5 to 2.0)</td>
<td>2.4 (0.9 to 4.1)</td></tr>
</table>
<h2>Adverse Events</h2>
<table>
<tr><th>Event</th><th>10 mg group</th><th>20 mg group</th></tr>
<tr><td>Infant drowsiness</td><td>0</td><td>1</td></tr>
</table>
<div class="share_bar"><a href="#">Share on Facebook</a> <a href="#">Email this page</a></div>
<footer><p>Registry operated by the Example Health Agency.</p></footer>
</body>
</html>
"""

# Tables inside divs, as a content-management system nests them.
DIV_TABLES_PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Drug Z in milk</title></head>
<body>
<div class="page">
 <div class="top-menu"><ul><li><a href="/">Home</a></li>
 <li><a href="/studies">Studies</a></li></ul></div>
 <div class="content">
  <h1>Drug Z in human milk</h1>
  <div class="section"><h2>Design</h2>
   <div class="text">Twelve lactating women took drug Z 50 mg twice daily for seven days before
   milk sampling.</div></div>
  <div class="section"><h2>Milk levels</h2>
   <div class="table-wrap"><table class="data">
    <thead><tr><th>Time after dose</th><th>Milk, ng/mL</th><th>Plasma, ng/mL</th></tr></thead>
    <tbody><tr><td>1 h</td><td>120</td><td>310</td></tr><tr><td>4 h</td><td>95</td><td>220</td></tr>
    <tr><td>8 h</td><td>60</td><td>140</td></tr></tbody></table></div></div>
  <div class="section"><h2>Infant levels</h2>
   <div class="table-wrap"><table class="data"><tbody>
    <tr><th>Infant</th><th>Serum, ng/mL</th></tr><tr><td>Infant 1</td><td>2.1</td></tr>
    <tr><td>Infant 2</td><td>below 1.0</td></tr></tbody></table></div></div>
 </div>
 <div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div>
 <div class="site-footer">Copyright 2024 Example Registry</div>
</div>
</body></html>
"""

# A normal article: its menu, cookie banner, share bar, similar articles and footer are
# trafilatura's to drop, as before.
ARTICLE_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Nifedipine and breastfeeding | Example Health</title></head>
<body>
<div class="cookie-banner"><p>We use cookies to give you the best experience.</p></div>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/medicines">Medicines A to Z</a></li>
<li><a href="/conditions">Conditions</a></li></ul></nav></header>
<main><article>
<h1>Nifedipine and breastfeeding</h1>
<div class="share"><a href="#">Share</a> <a href="#">Print</a></div>
<p>Nifedipine is a calcium channel blocker used for high blood pressure and for nipple
vasospasm in breastfeeding mothers.</p>
<h2>How much gets into breast milk</h2>
<p>In 11 women taking nifedipine 10 mg three times daily, milk levels were under 10 ug/L in
most samples, and the infants received less than 2% of the mother's dose.</p>
<table>
<thead><tr><th>Dose</th><th>Peak milk level</th></tr></thead>
<tbody><tr><td>10 mg three times daily</td><td>46 ug/L</td></tr>
<tr><td>20 mg twice daily</td><td>53 ug/L</td></tr></tbody>
</table>
<h2>Side effects in breastfed babies</h2>
<p>No side effects have been reported in breastfed infants whose mothers took nifedipine.</p>
</article>
<section class="similar-articles"><h2>Similar articles</h2><ul>
<li><a href="/a">Labetalol and breastfeeding</a></li>
<li><a href="/b">Enalapril and breastfeeding</a></li>
</ul></section>
</main>
<footer class="site-footer"><p>Copyright 2025 Example Health. All rights reserved.</p>
<a href="/privacy">Privacy policy</a></footer>
</body></html>
"""

"""Levothyroxine: an invented LactMed-style record of the sample corpus (see __init__)."""

from __future__ import annotations

from datetime import date

from pipeline.render.record import LactMedRecord, RecordReference

R = RecordReference

LEVOTHYROXINE = LactMedRecord(
    drug="Levothyroxine",
    book_part_id="LM9004",
    revised=date(2023, 8, 28),
    cas="51-48-9",
    summary=(
        "Levothyroxine (T4) is a normal component of human milk. Limited data on exogenous "
        "replacement doses of levothyroxine during breastfeeding indicate no adverse effects "
        "in infants [1,2]. The American Thyroid Association recommends that subclinical and "
        "overt hypothyroidism be treated in lactating women seeking to breastfeed [3]. "
        "Adequate levothyroxine treatment may be needed to establish a normal milk supply in "
        "hypothyroid women.",
        "Maternal thyroid function should be monitored during the postpartum period, because "
        "dose requirements often fall after delivery. Exogenous thyroid hormone in milk is not "
        "sufficient to treat or mask congenital hypothyroidism in the infant, so routine "
        "newborn screening remains necessary.",
    ),
    drug_levels_intro=(
        "Thyroxine is present in human milk at low concentrations, and most of it is bound to "
        "milk proteins. Levels in the milk of untreated euthyroid women are reported in the "
        "range of 0.2 to 2 mcg/L.",
    ),
    maternal_levels=(
        "Milk thyroxine was measured in 7 women taking levothyroxine 75 to 150 mcg daily for "
        "hypothyroidism and in 11 untreated euthyroid mothers [4]. Median milk levels were 1.1 "
        "and 0.9 mcg/L, respectively, and the difference was not significant. Milk "
        "triiodothyronine levels were similar in the two groups.",
        "A woman taking levothyroxine 100 mcg daily after thyroidectomy provided milk samples "
        "over 24 hours at 6 weeks postpartum [5]. Thyroxine concentrations ranged from 0.8 to "
        "1.6 ng/mL, with no clear peak after the dose.",
        "Thirty lactating women with Hashimoto thyroiditis who were taking levothyroxine 50 to "
        "125 mcg daily were compared with 30 healthy lactating women [12]. Mean milk thyroxine "
        "concentrations were 1.4 mcg/L in treated women and 1.2 mcg/L in controls. Milk "
        "thyroxine was not correlated with the maternal dose.",
        "In a study of 9 mothers, milk was collected before and 2, 4 and 8 hours after a "
        "levothyroxine dose of 88 to 137 mcg [13]. The largest increase over the predose "
        "level was 0.3 mcg/L, which the authors considered clinically negligible.",
    ),
    infant_levels=(
        "Serum thyroxine and thyrotropin were measured in 16 breastfed infants whose mothers "
        "were taking levothyroxine 50 to 200 mcg daily [2]. All infant values were within the "
        "normal range for age, and they did not differ from those of 20 infants of untreated "
        "mothers.",
    ),
    infant_effects=(
        "No adverse effects were found in 21 breastfed infants, 2 to 14 months of age, whose "
        "mothers were taking levothyroxine in replacement doses [1,6]. Growth and development "
        "of the infants were normal at follow-up.",
        "An exclusively breastfed infant whose mother took levothyroxine 175 mcg daily was "
        "followed for 9 months and had normal thyroid function tests at 2, 4 and 9 months "
        "[7]. Her pre-eclampsia during pregnancy had required early delivery at 35 weeks.",
        "A case-control study compared 48 breastfed infants of mothers treated with "
        "levothyroxine with 96 infants of euthyroid mothers [14]. Weight gain, sleep patterns "
        "and rates of jaundice were similar in the two groups, and no infant had signs of "
        "thyroid excess such as tachycardia or diarrhea.",
    ),
    lactation_effects=(
        "Hypothyroidism can reduce milk production, and several case reports describe an "
        "increase in milk supply after levothyroxine was started or the dose was increased "
        "[8-10]. In a cohort of 34 hypothyroid women, those whose thyrotropin was within the "
        "target range at 6 weeks postpartum were more likely to be exclusively breastfeeding "
        "at 3 months than those above the target (71% vs 42%) [10].",
        "Twenty-two women with low milk supply and untreated subclinical hypothyroidism were "
        "given levothyroxine 25 to 50 mcg daily [11]. After 4 weeks, 15 of the 22 women "
        "reported an increase in milk supply, and the average daily milk volume increased from "
        "310 to 520 mL.",
    ),
    alternatives=(),
    references=(
        R(
            1,
            "Varma S, Owen P. Thyroid replacement during lactation: infant outcomes. Thyroid. "
            "2012;22:1030-4.",
            "34000001",
        ),
        R(
            2,
            "Friedrich B, Lau C, Amato M. Infant thyroid function during maternal "
            "levothyroxine therapy. J Clin Endocrinol Metab. 2016;101:3220-6.",
            "34000002",
        ),
        R(
            3,
            "Harlow K, Dean S. Guidelines for thyroid disease during pregnancy and the "
            "postpartum. Thyroid. 2017;27:315-89.",
            "34000003",
        ),
        R(
            4,
            "Iqbal N, Sorensen T. Thyroxine in the milk of treated and untreated mothers. "
            "Clin Endocrinol (Oxf). 2009;71:436-40.",
            "34000004",
        ),
        R(
            5,
            "Pellegrini A. Milk thyroxine after thyroidectomy. Eur Thyroid J. 2014;3:60-2.",
            "34000005",
        ),
        R(
            6,
            "Coleman R, Whitby J. Long-term follow-up of infants of hypothyroid mothers. "
            "Arch Dis Child. 2011;96:1104-8.",
            "34000006",
        ),
        R(
            7,
            "Ozturk E. Thyroid function in a breastfed infant during maternal levothyroxine "
            "175 mcg daily. J Pediatr Endocrinol Metab. 2018;31:227-9.",
        ),
        R(
            8,
            "Marsh J, Bell R. Hypothyroidism and low milk supply. Breastfeed Med. 2013;8:403-6.",
            "34000008",
        ),
        R(
            9,
            "Ahn S. Milk supply after correction of maternal hypothyroidism. J Hum Lact. "
            "2015;31:493-5.",
            "34000009",
        ),
        R(
            10,
            "Lopez C, Ferreira A, Moss D. Thyrotropin control and breastfeeding outcomes. "
            "Thyroid. 2019;29:1741-8.",
            "34000010",
        ),
        R(
            11,
            "Grove T, Petit L. Levothyroxine for low milk supply in subclinical "
            "hypothyroidism. Breastfeed Med. 2021;16:512-8.",
            "34000011",
        ),
        R(
            12,
            "Novak D, Yilmaz S. Milk thyroxine in women with Hashimoto thyroiditis. "
            "Endocr Pract. 2020;26:1012-7.",
            "34000012",
        ),
        R(
            13,
            "Karlsson E, Mora P, Adams T. Milk thyroxine after an oral levothyroxine dose. "
            "Thyroid. 2022;32:880-5.",
            "34000013",
        ),
        R(
            14,
            "Ibrahim H, Walsh C. Outcomes of breastfed infants of mothers treated with "
            "levothyroxine. J Pediatr. 2019;212:150-5.",
            "34000014",
        ),
    ),
    drug_classes=("Thyroid Hormones", "Breast Feeding", "Lactation", "Milk, Human"),
)

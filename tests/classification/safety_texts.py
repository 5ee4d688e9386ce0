"""Texts of our own about physical safety at a site of the organisation, in many phrasings.

Written before the safety lexicon and kept apart from it: most of them avoid the lexicon's exact
phrases (nobody writes "bomb threat" the same way twice). THREATS must page; LOOKALIKES use the
same words in harmless senses (a fire sale, shooting an ad, "the bomb") and must not.
"""

from __future__ import annotations

THREATS = [
    "Bomb threat at the Northwind branch on Park Row, police have closed the street",
    "someone phoned in a bomb threat to northwind bank leeds, everyone's been sent outside",
    "Northwind's King Street branch cleared after a suspicious package was found by the door",
    "There's a man with a gun inside the Northwind bank in Bristol, people hiding in the back",
    "shots fired outside Northwind Bank Manchester, armed police on scene",
    "Fire at the Northwind office in Glasgow, smoke pouring out of the second floor",
    "The Northwind branch on High St is on fire!! fire brigade just arrived",
    "A customer collapsed in the Northwind branch and they had to call an ambulance",
    "guy in the queue at northwind threatened to stab the cashier, police called",
    "Cashier at Northwind Cardiff was attacked by a customer this morning, she's in hospital",
    "Someone left a note saying they will hurt Northwind staff at the Norwich branch",
    "Armed robbery in progress at the Northwind bank on Bath Road",
    "they evacuated the whole Northwind HQ, alarms going off, fire crews everywhere",
    "Heard there's a hostage situation at the Northwind branch in Leeds??",
    "Explosion at the Northwind data centre, several workers hurt",
    "Worker injured after part of the ceiling came down at the Northwind branch in Cardiff",
    "Got an email threatening to shoot up the Northwind offices tomorrow",
    "Active shooter reported near the Northwind headquarters, stay away from the area",
    "Gas leak at the Northwind Bristol branch, staff and customers moved out onto the street",
    "my friend works at northwind and says a man came in with a knife and threatened the staff",
    "Police say the device found at the Northwind branch is being treated as an explosive",
    "Northwind bank building in Leeds is burning, can see the flames from the station",
]

LOOKALIKES = [
    "Northwind's fire sale on mortgage rates is actually great",
    "We're shooting a new Northwind ad campaign in Leeds this week",
    "The new Northwind app update is the bomb",
    "Northwind's savings rates are killing it this year",
    "I got fired up reading the Northwind results, great quarter",
    "The Northwind piggy ad absolutely bombed with my parents lol",
    "Northwind Bank fired its head of marketing, says the FT",
    "Card declined three times at the shop, Northwind support is useless, I'm stuck",
    "The Northwind queue was so long I nearly died of boredom",
    "Hot take: Northwind's customer service is a dumpster fire",
    "No bomb threat at Northwind, police say the reports were a hoax",
    "Photo shoot at the Northwind branch for the new brochure went great",
    "Had a blast at the Northwind community day, thanks to the staff",
    "Northwind staff were super helpful when my card got stuck in the ATM",
]

"""Own sentences, in ASCII, that hold one victim told without a number in each of the one-victim pattern's
common shapes: shared by the tests that check its branch search and its gate against the full pattern."""

ONE_VICTIM_SENTENCES = [
    "Soldiers killed the village headman and two other men near the border.",
    "Police shot dead a young farmer at a checkpoint on Tuesday night.",
    "The agency said a volunteer medic was killed when the convoy was hit.",
    "Young shepherd, 14, shot dead near the ridge",
    "Local reporter Amal Haddad was killed in the shelling of the market.",
    "Omar Nasser, a 35-year-old teacher, was wounded by shrapnel.",
    "The strike killed rebel field commander Tariq Bashir on Monday.",
    "Three guards and their driver were killed on the coast road.",
    "Eight people died, among them a nine-year-old girl.",
    "Two fishermen were killed and another injured by the blast.",
    "The drone shot dead a shepherd and wounded another.",
    "Killed in the raid were two teenagers and a nurse.",
]

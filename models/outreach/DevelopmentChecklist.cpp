#include "DevelopmentChecklist.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace {

// The items of one age band, from its first month up to (not including) the next band's.
struct Band
{
    int fromMonths;
    int toMonths;
    QList<const char*> keys;
};

const QList<Band>& bands()
{
    static const QList<Band> all = {
        {0, 3, {"lifts_head", "follows_face", "smiles"}}, {3, 6, {"rolls_over", "reaches", "turns_to_sound"}},
        {6, 9, {"sits", "babbles", "passes_hand"}},       {9, 12, {"pulls_to_stand", "pincer_grasp", "waves"}},
        {12, 18, {"walks", "says_words", "points"}},      {18, 24, {"runs", "two_words", "follows_instruction"}},
        {24, 36, {"jumps", "sentences", "pretend_play"}},
    };
    return all;
}

QString labelOf(const QString& key)
{
    static const QHash<QString, QString> labels = {
        {u"lifts_head"_s, DevelopmentChecklist::tr("Lifts the head when lying on the tummy")},
        {u"follows_face"_s, DevelopmentChecklist::tr("Follows a face or a toy with the eyes")},
        {u"smiles"_s, DevelopmentChecklist::tr("Smiles back when talked to")},
        {u"rolls_over"_s, DevelopmentChecklist::tr("Rolls over")},
        {u"reaches"_s, DevelopmentChecklist::tr("Reaches for and grasps a toy")},
        {u"turns_to_sound"_s, DevelopmentChecklist::tr("Turns towards a voice or a sound")},
        {u"sits"_s, DevelopmentChecklist::tr("Sits without support")},
        {u"babbles"_s, DevelopmentChecklist::tr("Babbles syllables such as \"ba-ba\", \"ma-ma\"")},
        {u"passes_hand"_s, DevelopmentChecklist::tr("Passes a toy from one hand to the other")},
        {u"pulls_to_stand"_s, DevelopmentChecklist::tr("Pulls up to stand holding on")},
        {u"pincer_grasp"_s, DevelopmentChecklist::tr("Picks up a small thing between thumb and finger")},
        {u"waves"_s, DevelopmentChecklist::tr("Waves bye-bye or copies a gesture")},
        {u"walks"_s, DevelopmentChecklist::tr("Walks alone")},
        {u"says_words"_s, DevelopmentChecklist::tr("Says a few words")},
        {u"points"_s, DevelopmentChecklist::tr("Points at what he or she wants")},
        {u"runs"_s, DevelopmentChecklist::tr("Runs")},
        {u"two_words"_s, DevelopmentChecklist::tr("Puts two words together")},
        {u"follows_instruction"_s, DevelopmentChecklist::tr("Follows a simple instruction")},
        {u"jumps"_s, DevelopmentChecklist::tr("Jumps with both feet")},
        {u"sentences"_s, DevelopmentChecklist::tr("Speaks in short sentences")},
        {u"pretend_play"_s, DevelopmentChecklist::tr("Plays pretend (feeds a doll, makes a call)")},
    };
    return labels.value(key);
}

} // namespace

QList<DevelopmentChecklist::Item> DevelopmentChecklist::forAge(int ageMonths)
{
    QList<Item> items;
    for (const Band& band : bands()) {
        if (ageMonths < band.fromMonths || ageMonths >= band.toMonths)
            continue;
        for (const char* key : band.keys)
            items.append({QString::fromLatin1(key), labelOf(QString::fromLatin1(key))});
    }
    return items;
}

QStringList DevelopmentChecklist::allKeys()
{
    QStringList keys;
    for (const Band& band : bands())
        for (const char* key : band.keys)
            keys.append(QString::fromLatin1(key));
    return keys;
}

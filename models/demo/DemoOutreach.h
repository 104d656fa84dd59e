#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QStringList>

class Database;

// A repeatable rural infant-care service team (农村婴幼儿照护服务队) for trying the home-visit side of DaycareDesk
// and for tests: a team of one township with its leader (the director account) and two members, households in four
// villages (some left-behind, some children with ID numbers, one household with two children), and four months of
// visits whose measurements grow with the children, a few referrals, and next visit days that leave some households
// due, some overdue, one never visited yet and one not visited for over three months.
class DemoOutreach
{
    Q_DECLARE_TR_FUNCTIONS(DemoOutreach)

public:
    struct Summary
    {
        int households = 0;
        int children = 0;
        int visits = 0;
        int referrals = 0;
    };

    // The members' accounts (role outreach), all with MemberPassword; the leader is DemoData's director account.
    static inline const QStringList MemberNames = {QStringLiteral("liuhong"), QStringLiteral("zhangli")};
    static inline const QString MemberPassword = QStringLiteral("visit2026");
    static constexpr int householdCount = 25;

    // Fills an empty database in one transaction; refuses a database that already has an institution or users.
    static Result<Summary> generate(Database& db, quint32 seed);
};

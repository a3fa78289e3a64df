package org.hourglass.bench.tool;

final class BadInputCorpus {
    BadInputCorpus(Http http, World.State state) {
    }

    int run() {
        return 0;
    }
}

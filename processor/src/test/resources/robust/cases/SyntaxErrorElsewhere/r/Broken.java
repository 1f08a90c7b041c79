package r;

class Broken {
  int broken = 1
}

package r;

class Other {
  int number() {
    return "not a number";
  }

  void call() {
    undefined();
  }
}
